// kfk schema list, show, register, compat and delete against the real registry, subjects
// registered with curl or kfk and checked with kfk and curl; the delete prompt through a
// pseudo-terminal (util-linux's script).

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "schema_support.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

// kfk --registry URL ARGS... on a pseudo-terminal (stdin, stdout and stderr), with
// `typed` as what the user types: script(1) copies its stdin to the terminal. Its
// output is everything the terminal showed, stdout and stderr together.
ProcessResult kfk_on_terminal(const std::vector<std::string>& args, const std::string& typed) {
    std::string command = std::string("'") + KFK_BINARY + "' --registry '" + registry_url() + "'";
    for (const std::string& a : args) command += " '" + a + "'";
    ProcessOptions options;
    options.stdin_data = typed;
    return run_process({"script", "-qec", command, "/dev/null"}, options);
}

}  // namespace

TEST_CASE("schema: list, show, register, compat and delete subjects") {
    const std::string subject = unique_name("schema19-subject");
    const std::string dir = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp");
    const std::string v1 = dir + "/" + subject + "-v1.avsc";
    const std::string bad = dir + "/" + subject + "-bad.avsc";
    std::ofstream(v1) << order_schema;
    std::ofstream(bad)
        << R"({"type":"record","name":"Order","namespace":"kfk.test","fields":[{"name":"id","type":"string"}]})";
    // Incompatible changes need a rule: Apicurio's default is NONE.
    (void)run_process({"curl", "-sS", "-X", "PUT", "-H", "Content-Type: application/json", "--data",
                       R"({"compatibility":"BACKWARD"})", registry_url() + "/config/" + subject});

    const ProcessResult reg = kfk_schema({"-o", "json", "schema", "register", subject, v1});
    REQUIRE_MESSAGE(reg.exit_code == 0, reg.err);
    const int id = json::parse(reg.out)["id"].get<int>();

    const ProcessResult list = kfk_schema({"-o", "json", "schema", "list"});
    REQUIRE_MESSAGE(list.exit_code == 0, list.err);
    bool listed = false;
    for (const json& s : json::parse(list.out))
        listed = listed || (s["subject"] == subject && s["versions"] == json::array({1}));
    CHECK(listed);
    const ProcessResult table = kfk_schema({"schema", "list"});
    CHECK(has(table.out, "SUBJECT"));
    CHECK(has(table.out, subject));

    const ProcessResult show = kfk_schema({"-o", "json", "schema", "show", subject});
    REQUIRE_MESSAGE(show.exit_code == 0, show.err);
    const json shown = json::parse(show.out);
    CHECK(shown["id"] == id);
    CHECK(shown["version"] == 1);
    CHECK(shown["type"] == "avro");
    CHECK(json::parse(shown["schema"].get<std::string>())["name"] == "Order");

    CHECK(kfk_schema({"schema", "compat", subject, v1}).exit_code == 0);
    const ProcessResult incompatible = kfk_schema({"-o", "json", "schema", "compat", subject, bad});
    CHECK(incompatible.exit_code == 1);
    CHECK(json::parse(incompatible.out)["compatible"] == false);

    CHECK(kfk_schema({"schema", "show", subject, "--version", "9"}).exit_code == 3);
    CHECK(kfk_schema({"schema", "show", subject + "-nope"}).exit_code == 3);
    CHECK(kfk_schema({"schema", "compat", subject + "-nope", v1}).exit_code == 3);
    CHECK(kfk_schema({"schema", "delete", subject + "-nope", "--yes"}).exit_code == 3);

    const ProcessResult del = kfk_schema({"-o", "json", "schema", "delete", subject, "--yes"});
    REQUIRE_MESSAGE(del.exit_code == 0, del.err);
    CHECK(json::parse(del.out)["deleted_versions"] == json::array({1}));
    CHECK(kfk_schema({"schema", "show", subject}).exit_code == 3);
    delete_subject(subject);
    std::remove(v1.c_str());
    std::remove(bad.c_str());
}

TEST_CASE("schema: delete asks on a terminal, and deletes without asking off one") {
    const std::string subject = unique_name("schema19-delete");
    register_with_curl(subject, order_schema);

    const ProcessResult no = kfk_on_terminal({"schema", "delete", subject}, "n\n");
    CHECK(no.exit_code == 1);
    CHECK(has(no.out, "About to delete " + subject + " version 1"));
    CHECK(has(no.out, "Delete? [y/N]"));
    CHECK(has(no.out, "not confirmed; nothing deleted"));
    CHECK(kfk_schema({"schema", "show", subject}).exit_code == 0);

    const ProcessResult yes = kfk_on_terminal({"schema", "delete", subject}, "y\n");
    CHECK_MESSAGE(yes.exit_code == 0, yes.out);
    CHECK(kfk_schema({"schema", "show", subject}).exit_code == 3);

    // Off a terminal no question is asked (DESIGN.md: no prompts when stdin is not a
    // TTY), as topic delete does; stdin is not read.
    register_with_curl(subject, order_schema);
    ProcessOptions piped;
    piped.stdin_data = "n\n";
    const ProcessResult quiet = kfk_schema({"-o", "json", "schema", "delete", subject}, piped);
    REQUIRE_MESSAGE(quiet.exit_code == 0, quiet.err);
    CHECK_FALSE(has(quiet.err, "Delete?"));
    CHECK(json::parse(quiet.out)["deleted_versions"].size() == 1);
    CHECK(kfk_schema({"schema", "show", subject}).exit_code == 3);
    delete_subject(subject);
}
