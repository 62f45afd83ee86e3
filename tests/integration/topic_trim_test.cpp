// kfk topic trim: the plan changes nothing, --execute moves the low watermarks (checked
// with kcat, an independent client), and consume from the beginning starts there.

#include <doctest/doctest.h>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

// The low watermark of each partition in partition order, as kfk partitions list reports
// it: "3,5" (a string, so that a failed check prints it).
std::string lows(const std::string& topic) {
    const json list = kfk_json({"partitions", "list", topic});
    std::string out;
    for (const json& p : list["partitions"]) out += (out.empty() ? "" : ",") + p["low"].dump();
    if (out.empty())
        MESSAGE("partitions list shows no partition of " << topic << ": " << list.dump());
    return out;
}

// kcat's first offset on `partition` when reading from the beginning.
std::string kcat_first(const std::string& topic, int partition) {
    const auto r = run_process({"kcat", "-b", local_cluster().bootstrap, "-C", "-t", topic, "-p",
                                std::to_string(partition), "-o", "beginning", "-e", "-c", "1", "-f",
                                "%o %s\n", "-q"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return r.out;
}

}  // namespace

TEST_CASE("topic trim plans, then deletes records before an offset on the chosen partition") {
    const std::string topic = create_topic("admin16-trim", 2, 2);
    kcat_produce(topic, 0, numbered(0, 10));
    kcat_produce(topic, 1, numbered(10, 20));

    const json plan = kfk_json({"topic", "trim", topic, "--before", "4"});
    CHECK(plan["executed"] == false);
    CHECK(plan["before"] == "offset 4");
    REQUIRE(plan["partitions"].size() == 2);
    CHECK(plan["partitions"][0]["low"] == 0);
    CHECK(plan["partitions"][0]["new_low"] == 4);
    CHECK(plan["partitions"][0]["removed"] == 4);
    CHECK(lows(topic) == "0,0");  // a plan changes nothing

    const json done = kfk_json({"topic", "trim", topic, "--before", "4", "-p", "0", "--execute"});
    CHECK(done["executed"] == true);
    REQUIRE(done["partitions"].size() == 1);
    CHECK(done["partitions"][0]["new_low"] == 4);
    CHECK(lows(topic) == "4,0");
    CHECK(kcat_first(topic, 0) == "4 m4\n");

    const auto consumed = kfk_on_cluster(
        {"consume", topic, "-p", "0", "--from", "beginning", "-e", "-q", "-f", "%o:%s\\n"});
    CHECK_MESSAGE(consumed.exit_code == 0, consumed.err);
    CHECK(lines_of(consumed.out).front() == "4:m4");
    CHECK(lines_of(consumed.out).size() == 6);
    kfk_on_cluster({"topic", "delete", topic});
}

TEST_CASE(
    "topic trim --before end empties every partition, and offsets before the start change "
    "nothing") {
    const std::string topic = create_topic("admin16-trim-end", 2, 1);
    kcat_produce(topic, 0, numbered(0, 3));
    kcat_produce(topic, 1, numbered(0, 5));
    kfk_json({"topic", "trim", topic, "--before", "end", "--execute"});
    CHECK(lows(topic) == "3,5");
    const auto consumed = kfk_on_cluster({"consume", topic, "--from", "beginning", "-e", "-q"});
    CHECK(consumed.exit_code == 0);
    CHECK(consumed.out.empty());

    const json again = kfk_json({"topic", "trim", topic, "--before", "1", "--execute"});
    CHECK(again["partitions"][0]["removed"] == 0);
    CHECK(lows(topic) == "3,5");
    kfk_on_cluster({"topic", "delete", topic});
}

TEST_CASE("topic trim: unknown topic or partition exits 3, a bad --before exits 2") {
    const std::string topic = create_topic("admin16-trim-bad", 1, 1);
    const auto no_topic =
        kfk_on_cluster({"topic", "trim", unique_name("admin16-none"), "--before", "end"});
    CHECK(no_topic.exit_code == 3);
    CHECK(no_topic.err.find("does not exist") != std::string::npos);
    const auto no_partition =
        kfk_on_cluster({"topic", "trim", topic, "--before", "end", "-p", "7"});
    CHECK(no_partition.exit_code == 3);
    CHECK(no_partition.err.find("has no partition 7") != std::string::npos);
    const auto bad = kfk_on_cluster({"topic", "trim", topic, "--before", "yesterday"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.rfind("kfk: --before: ", 0) == 0);
    kfk_on_cluster({"topic", "delete", topic});
}
