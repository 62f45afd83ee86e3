// Runs every case of tests/bad_input/cases.txt (those that need a cluster; usage.txt's
// run as unit tests) against the real cluster: each must give its documented exit code,
// one "kfk: ..." line on stderr and nothing on stdout (batch commands excepted: their
// status rows go to stdout).

#include <doctest/doctest.h>

#include <algorithm>

#include "bad_input/cases.hpp"
#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;

namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos;
         pos = text.find(from, pos + to.size())) {
        text.replace(pos, from.size(), to);
    }
    return text;
}

}  // namespace

TEST_CASE("every bad input gives its documented exit code and one error line") {
    const auto created =
        kfk_on_cluster({"topic", "create", "bad-input", "-p", "2", "-r", "1", "--if-not-exists"});
    REQUIRE_MESSAGE(created.exit_code == 0, created.err);
    const auto cases = read_bad_input(KFK_SOURCE_DIR "/tests/bad_input/cases.txt");
    CHECK(cases.size() > 10);
    for (const BadInputCase& c : cases) {
        const std::string args = replace_all(c.args, "@MISSING@", "no-such-topic-bad-input");
        CAPTURE(c.line);
        CAPTURE(args);
        ProcessOptions options;
        options.env = {
            {"KFK", KFK_BINARY}, {"B", local_cluster().bootstrap}, {"STDIN", c.stdin_format}};
        options.limit = std::chrono::seconds(30);
        const auto r = run_process(
            {"bash", "-c", "printf -- \"$STDIN\" | \"$KFK\" -b \"$B\" --timeout 10s " + args},
            options);
        CHECK(r.exit_code == c.exit_code);
        if (!prints_status_rows(args)) CHECK(r.out.empty());
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(r.err.rfind("kfk: ", 0) == 0);
    }
}

namespace {

std::int64_t messages_in(const std::string& topic) {
    std::int64_t total = 0;
    const nlohmann::json described = kfk_json({"topic", "describe", topic});
    for (const auto& partition : described["topics"][0]["partitions"])
        total += partition["messages"].get<std::int64_t>();
    return total;
}

}  // namespace

TEST_CASE("empty input produces nothing and says so") {
    const std::string topic = create_topic("bad-input-empty", 1, 1);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"produce", topic},
          std::vector<std::string>{"produce", topic, "--input", "json"},
          std::vector<std::string>{"produce", topic, "--skip-empty"}}) {
        ProcessOptions options;
        options.stdin_data = args.back() == "--skip-empty" ? "\n\n" : "";
        const auto r = kfk_on_cluster(args, options);
        CAPTURE(args.back());
        CHECK(r.exit_code == 0);
        CHECK(r.out.empty());
        CHECK(r.err.find("delivered 0 messages") != std::string::npos);
    }
    CHECK(messages_in(topic) == 0);
}
