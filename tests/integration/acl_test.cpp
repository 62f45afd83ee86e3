// kfk acl list/create/delete against the cluster's StandardAuthorizer: the second SCRAM
// user is refused until an ACL allows him, and refused again once it is deleted; the
// listing agrees with Kafka's own AclCommand.

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

// kfk over SASL_PLAINTEXT as `user`.
std::vector<std::string> as_user(const std::string& user, const std::string& password,
                                 const std::vector<std::string>& args) {
    const SecureListeners& s = local_cluster().secure;
    std::vector<std::string> all{"-b", s.sasl_plaintext,
                                 "-X", "security.protocol=SASL_PLAINTEXT",
                                 "-X", "sasl.mechanism=" + s.mechanism,
                                 "-X", "sasl.username=" + user,
                                 "-X", "sasl.password=" + password};
    all.insert(all.end(), args.begin(), args.end());
    return all;
}

std::vector<std::string> as_bob(const std::vector<std::string>& args) {
    const SecureListeners& s = local_cluster().secure;
    return as_user(s.acl_username, s.acl_password, args);
}

std::vector<std::string> as_alice(const std::vector<std::string>& args) {
    const SecureListeners& s = local_cluster().secure;
    return as_user(s.username, s.password, args);
}

ProcessResult bob_produces(const std::string& topic, const std::string& line) {
    ProcessOptions input;
    input.stdin_data = line + "\n";
    return run_kfk(as_bob({"--timeout", "10s", "produce", topic}), input);
}

// ACL changes reach each broker in its own time: retries until `done` holds (or fails).
template <class Done>
bool eventually(Done done) {
    for (int i = 0; i < 60; ++i) {
        if (done()) return true;
        std::this_thread::sleep_for(500ms);
    }
    return false;
}

// Kafka's own view of the ACLs, through alice (a super user) on the SASL listener.
std::string acl_command_list(const std::string& topic) {
    const SecureListeners& s = local_cluster().secure;
    const std::string props = "/tmp/kfk-acl-test-" + std::to_string(getpid()) + ".properties";
    std::ofstream(props) << "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=" << s.mechanism
                         << "\nsasl.jaas.config=org.apache.kafka.common.security.scram."
                            "ScramLoginModule required username=\""
                         << s.username << "\" password=\"" << s.password << "\";\n";
    const ProcessResult classpath = run_process({KFK_SOURCE_DIR "/scripts/cluster", "classpath"});
    REQUIRE_MESSAGE(classpath.exit_code == 0, classpath.err);
    std::string cp = classpath.out;
    while (!cp.empty() && cp.back() == '\n') cp.pop_back();
    // Kafka 4 moved the tool from the core jar (Scala) to the tools jar.
    ProcessResult r;
    for (const char* main_class : {"org.apache.kafka.tools.AclCommand", "kafka.admin.AclCommand"}) {
        r = run_process({"java", "-cp", cp, main_class, "--bootstrap-server", s.sasl_plaintext,
                         "--command-config", props, "--list", "--topic", topic});
        if (r.err.find("Could not find or load main class") == std::string::npos) break;
    }
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return r.out;
}

}  // namespace

TEST_CASE("acl create lets the second user produce, acl delete takes it back") {
    const std::string topic = create_topic("admin16-acl", 1, 1);
    const std::string principal = "User:" + local_cluster().secure.acl_username;

    const auto refused = bob_produces(topic, "before");
    CHECK(refused.exit_code == 1);
    CHECK_MESSAGE(refused.err.find("not authorized") != std::string::npos, refused.err);

    const auto created =
        run_kfk(as_alice({"acl", "create", "--allow", "--principal", principal, "--operation",
                          "write,read,describe", "--topic", topic, "-o", "json"}));
    REQUIRE_MESSAGE(created.exit_code == 0, created.err);
    CHECK(json::parse(created.out)["acls"].size() == 3);

    // Each broker learns of new ACLs in its own time; the listing may come from any.
    json listed;
    CHECK(eventually([&] {
        return (listed = kfk_json({"acl", "list", "--topic", topic}))["acls"].size() == 3;
    }));
    REQUIRE(listed["acls"].size() == 3);
    for (const json& acl : listed["acls"]) {
        CHECK(acl["principal"] == principal);
        CHECK(acl["permission"] == "allow");
        CHECK(acl["resource_type"] == "topic");
        CHECK(acl["resource_name"] == topic);
        CHECK(acl["pattern_type"] == "literal");
        CHECK(acl["host"] == "*");
    }
    CHECK(listed["acls"][0]["operation"] == "read");
    CHECK(listed["acls"][1]["operation"] == "write");
    CHECK(listed["acls"][2]["operation"] == "describe");

    // Kafka's own tool sees the same three bindings.
    const std::string kafka_view = acl_command_list(topic);
    CAPTURE(kafka_view);
    CHECK(kafka_view.find("principal=" + principal) != std::string::npos);
    for (const char* op : {"operation=READ", "operation=WRITE", "operation=DESCRIBE"})
        CHECK(kafka_view.find(op) != std::string::npos);

    ProcessResult allowed;
    CHECK(eventually([&] { return (allowed = bob_produces(topic, "from-bob")).exit_code == 0; }));
    CHECK_MESSAGE(allowed.exit_code == 0, allowed.err);
    const auto read_back = run_kfk(as_bob({"consume", topic, "--from", "beginning", "-e", "-q"}));
    CHECK_MESSAGE(read_back.exit_code == 0, read_back.err);
    CHECK(read_back.out.find("from-bob") != std::string::npos);

    const auto deleted = run_kfk(as_alice(
        {"acl", "delete", "--topic", topic, "--principal", principal, "--yes", "-o", "json"}));
    REQUIRE_MESSAGE(deleted.exit_code == 0, deleted.err);
    CHECK(json::parse(deleted.out)["acls"].size() == 3);
    CHECK(eventually([&] { return kfk_json({"acl", "list", "--topic", topic})["acls"].empty(); }));

    ProcessResult refused_again;
    CHECK(
        eventually([&] { return (refused_again = bob_produces(topic, "after")).exit_code == 1; }));
    CHECK(refused_again.err.find("not authorized") != std::string::npos);
    kfk_on_cluster({"topic", "delete", topic});
}

TEST_CASE("acl list: an empty answer says it may be a refusal, a non-empty one does not") {
    // bob may not describe the cluster's ACLs; librdkafka 2.0.2 drops the broker's
    // refusal and returns none, as AclCommand's "not authorized" shows it is.
    const auto as_bob_listed = run_kfk(as_bob({"acl", "list", "-o", "json"}));
    CHECK(as_bob_listed.exit_code == 0);
    CHECK(json::parse(as_bob_listed.out)["acls"].empty());
    CHECK(as_bob_listed.err ==
          "kfk: acl list: no ACLs returned; a principal without DESCRIBE on the cluster gets the "
          "same empty answer\n");

    const std::string topic = unique_name("acl-list-empty");
    const auto none = kfk_on_cluster({"acl", "list", "--topic", topic});
    CHECK(none.exit_code == 0);
    CHECK(none.err.find("no ACLs returned") != std::string::npos);

    const std::string principal = "User:" + local_cluster().secure.acl_username;
    REQUIRE(kfk_on_cluster({"acl", "create", "--allow", "--principal", principal, "--operation",
                            "read", "--topic", topic})
                .exit_code == 0);
    ProcessResult listed;
    CHECK(eventually([&] {
        listed = kfk_on_cluster({"acl", "list", "--topic", topic});
        return listed.out.find(topic) != std::string::npos;
    }));
    CHECK(listed.exit_code == 0);
    CHECK(listed.err.empty());
    kfk_on_cluster({"acl", "delete", "--topic", topic, "--yes"});
}

TEST_CASE("topic describe --configs none needs only DESCRIBE on the topic, not its configs") {
    const std::string topic = create_topic("acl-describe-only", 2, 1);
    const std::string principal = "User:" + local_cluster().secure.acl_username;
    REQUIRE(kfk_on_cluster({"acl", "create", "--allow", "--principal", principal, "--operation",
                            "describe", "--topic", topic})
                .exit_code == 0);
    ProcessResult described;
    CHECK(eventually([&] {
        described =
            run_kfk(as_bob({"topic", "describe", topic, "--configs", "none", "-o", "json"}));
        return described.exit_code == 0;
    }));
    REQUIRE_MESSAGE(described.exit_code == 0, described.err);
    const json t = json::parse(described.out)["topics"][0];
    CHECK(t["partitions"].size() == 2);
    CHECK(t["partitions"][0]["high"] == 0);  // watermarks need only DESCRIBE
    CHECK(t["configs"].empty());
    CHECK(t["min_insync_replicas"].is_null());  // a config: not asked for, not guessed
    // Showing configs asks for them, which bob may not.
    const auto with_configs = run_kfk(as_bob({"topic", "describe", topic}));
    CHECK(with_configs.exit_code == 1);
    CHECK_MESSAGE(with_configs.err.find("uthoriz") != std::string::npos, with_configs.err);
    kfk_on_cluster({"acl", "delete", "--topic", topic, "--yes"});
    kfk_on_cluster({"topic", "delete", topic});
}

TEST_CASE("acl create and delete return once every broker enforces the change") {
    const std::string principal = "User:" + local_cluster().secure.acl_username;
    for (int round = 0; round < 3; ++round) {
        const std::string topic = create_topic("acl-in-force", 1, 1);
        const auto created = run_kfk(as_alice({"acl", "create", "--allow", "--principal", principal,
                                               "--operation", "write,describe", "--topic", topic}));
        REQUIRE_MESSAGE(created.exit_code == 0, created.err);
        // At once, no retries: every broker lists the ACLs and the leader lets bob write.
        CHECK(kfk_json({"acl", "list", "--topic", topic})["acls"].size() == 2);
        const auto produced = bob_produces(topic, "in-force");
        CHECK_MESSAGE(produced.exit_code == 0, produced.err);

        const auto deleted = run_kfk(
            as_alice({"acl", "delete", "--topic", topic, "--principal", principal, "--yes"}));
        REQUIRE_MESSAGE(deleted.exit_code == 0, deleted.err);
        CHECK(kfk_json({"acl", "list", "--topic", topic})["acls"].empty());
        CHECK(bob_produces(topic, "revoked").exit_code == 1);
        kfk_on_cluster({"topic", "delete", topic});
    }
}

TEST_CASE("acl delete with nothing matching exits 3 and names the reason") {
    const auto r = kfk_on_cluster(
        {"acl", "delete", "--topic", unique_name("admin16-no-acl"), "--principal", "User:bob"});
    CHECK(r.exit_code == 3);
    CHECK(r.err == "kfk: delete ACLs: no ACL matches\n");
}

TEST_CASE("prefixed ACLs on a group: list by pattern type and delete only those") {
    const std::string prefix = unique_name("admin16-grp");
    const auto created =
        kfk_on_cluster({"acl", "create", "--deny", "--principal", "User:bob", "--operation", "read",
                        "--group", prefix, "--pattern-type", "prefixed", "--host", "10.0.0.1"});
    REQUIRE_MESSAGE(created.exit_code == 0, created.err);
    json matched;
    CHECK(eventually([&] {
        matched = kfk_json({"acl", "list", "--group", prefix + "-x", "--pattern-type", "match"});
        return !matched["acls"].empty();
    }));
    REQUIRE(matched["acls"].size() >= 1);
    bool found = false;
    for (const json& acl : matched["acls"]) {
        if (acl["resource_name"] == prefix) {
            found = true;
            CHECK(acl["pattern_type"] == "prefixed");
            CHECK(acl["permission"] == "deny");
            CHECK(acl["host"] == "10.0.0.1");
            CHECK(acl["resource_type"] == "group");
        }
    }
    CHECK(found);
    CHECK(
        kfk_json({"acl", "list", "--group", prefix, "--pattern-type", "literal"})["acls"].empty());
    const auto deleted = kfk_on_cluster({"acl", "delete", "--group", prefix, "--pattern-type",
                                         "prefixed", "--principal", "User:bob"});
    CHECK_MESSAGE(deleted.exit_code == 0, deleted.err);
    CHECK(eventually([&] { return kfk_json({"acl", "list", "--group", prefix})["acls"].empty(); }));
}

TEST_CASE("acl refuses resource kinds librdkafka 2.0.2 cannot send, in one line") {
    for (const char* flag : {"--transactional-id", "--user"}) {
        const auto r = kfk_on_cluster({"acl", "create", "--allow", "--principal", "User:bob",
                                       "--operation", "write", flag, "x"});
        CAPTURE(flag);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("not supported: librdkafka 2.0.2 handles only topic, group and "
                         "cluster ACLs") != std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
}
