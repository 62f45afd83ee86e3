// The wait commands against the real cluster: each condition is made true by another
// process while kfk waits, and each times out with exit 6 when it never holds.

#include <doctest/doctest.h>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

// Runs `wait` (kfk arguments) in the background, then `action` (a shell command with
// the cluster in $B and kfk in $KFK); returns the wait's result. The output is the
// wait's stdout; its exit code is printed last as "rc=N".
ProcessResult wait_while(const std::string& wait, const std::string& action) {
    ProcessOptions options;
    options.env = {{"B", local_cluster().bootstrap}, {"KFK", KFK_BINARY}};
    const std::string script = "$KFK -b $B " + wait + " > wait.out & pid=$!; sleep 1; " + action +
                               " >/dev/null 2>&1; wait $pid; rc=$?; cat wait.out; "
                               "echo rc=$rc";
    return run_process(
        {"bash", "-c", "d=$(mktemp -d); cd \"$d\" || exit 99; " + script + "; cd /; rm -rf \"$d\""},
        options);
}

int rc_of(const ProcessResult& r) {
    const auto at = r.out.rfind("rc=");
    REQUIRE_MESSAGE(at != std::string::npos, r.out << r.err);
    return std::stoi(r.out.substr(at + 3));
}

}  // namespace

TEST_CASE("cluster wait: 0 when the brokers are there, 6 when too few within --timeout") {
    const auto ok = kfk_on_cluster({"cluster", "wait", "--brokers", "3"});
    CHECK_MESSAGE(ok.exit_code == 0, ok.err);
    CHECK(ok.out.empty());
    const json ready = kfk_json({"cluster", "wait"});
    CHECK(ready["ready"] == true);
    CHECK(ready["status"] == "3 brokers");

    const auto late =
        kfk_on_cluster({"cluster", "wait", "--brokers", "4", "--timeout", "1s", "-o", "json"});
    CHECK(late.exit_code == 6);
    CHECK(json::parse(late.out)["ready"] == false);
    CHECK(late.err == "kfk: cluster wait: not ready after 1s: 3 of 4 brokers\n");
}

TEST_CASE("topic wait: until created, until it holds N messages, until deleted, 6 on timeout") {
    const std::string topic = unique_name("read15-wait");
    auto r = wait_while("topic wait " + topic, "$KFK -b $B topic create " + topic + " -p 2 -r 2");
    CHECK_MESSAGE(rc_of(r) == 0, r.out << r.err);
    CHECK(r.out == "rc=0\n");  // nothing on stdout
    CHECK(kcat_topic_metadata(topic)["partitions"].size() == 2);

    r = wait_while("topic wait " + topic + " --messages 3 -o json",
                   "printf 'a\\nb\\nc\\n' | $KFK -b $B produce " + topic);
    CHECK_MESSAGE(rc_of(r) == 0, r.out << r.err);
    CHECK(r.out.find("\"ready\": true") != std::string::npos);

    const auto short_of =
        kfk_on_cluster({"topic", "wait", topic, "--messages", "4", "--timeout", "1s"});
    CHECK(short_of.exit_code == 6);
    CHECK(short_of.err == "kfk: topic wait: not ready after 1s: " + topic + ": 3 of 4 messages\n");

    r = wait_while("topic wait " + topic + " --deleted",
                   "$KFK -b $B topic delete " + topic + " --yes");
    CHECK_MESSAGE(rc_of(r) == 0, r.out << r.err);
    CHECK(kcat_topic_metadata(topic).empty());

    const auto missing = kfk_on_cluster({"topic", "wait", topic, "--timeout", "1s"});
    CHECK(missing.exit_code == 6);
    CHECK(missing.err == "kfk: topic wait: not ready after 1s: " + topic + " does not exist\n");
}

TEST_CASE("group wait: until the consumer caught up, --empty, 6 when never stable") {
    const std::string topic = create_topic("read15-gwait", 1, 1);
    const std::string group = unique_name("read15-gwait");
    kcat_produce(topic, 0, numbered(0, 5));
    auto first =
        kfk_on_cluster({"consume", "-q", topic, "-g", group, "--from", "beginning", "-n", "2"});
    REQUIRE_MESSAGE(first.exit_code == 0, first.err);

    const auto behind =
        kfk_on_cluster({"group", "wait", group, "--lag-below", "1", "--timeout", "1s"});
    CHECK(behind.exit_code == 6);
    CHECK(behind.err == "kfk: group wait: not ready after 1s: state Empty, lag 3\n");

    const auto r = wait_while("group wait " + group + " --lag-below 1 --topic " + topic,
                              "$KFK -b $B consume -q " + topic + " -g " + group + " -e");
    CHECK_MESSAGE(rc_of(r) == 0, r.out << r.err);
    CHECK(kfk_json({"group", "lag", group})["groups"][0]["total_lag"] == 0);

    CHECK(kfk_on_cluster({"group", "wait", group, "--empty"}).exit_code == 0);
    const auto unstable = kfk_on_cluster({"group", "wait", group, "--stable", "--timeout", "1s"});
    CHECK(unstable.exit_code == 6);
    kfk_on_cluster({"group", "delete", group});
    kfk_on_cluster({"topic", "delete", topic, "--yes"});
}
