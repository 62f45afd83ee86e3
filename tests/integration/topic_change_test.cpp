// topic delete, topic config and partitions add against the real cluster.

#include <doctest/doctest.h>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

std::map<std::string, std::string> dynamic_configs(const std::string& topic) {
    std::map<std::string, std::string> out;
    const json shown = kfk_json({"topic", "config", topic});
    for (const auto& c : shown["configs"]) {
        if (c["source"] == "dynamic_topic") out[c["name"]] = c["value"];
    }
    return out;
}

}  // namespace

TEST_CASE("topic delete removes the topic from every view") {
    const std::string name = create_topic("doomed", 2, 2);
    const auto r = kfk_on_cluster({"topic", "delete", name});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.out.find("deleted") != std::string::npos);
    CHECK(kfk_on_cluster({"topic", "describe", name}).exit_code == 3);
    CHECK(kcat_topic_metadata(name).empty());
}

TEST_CASE("deleting a missing topic: exit 3, or 0 with --if-exists") {
    const auto missing = kfk_on_cluster({"topic", "delete", "no-such-topic-z"});
    CHECK(missing.exit_code == 3);
    CHECK(missing.err == "kfk: delete topic no-such-topic-z: topic does not exist\n");
    const auto idempotent = kfk_on_cluster({"topic", "delete", "no-such-topic-z", "--if-exists"});
    CHECK(idempotent.exit_code == 0);
}

TEST_CASE("topic delete --pattern deletes only the matching topics, without asking off a TTY") {
    const std::string prefix = unique_name("sweep");
    for (int i = 0; i < 3; ++i) {
        const auto r = kfk_on_cluster(
            {"topic", "create", prefix + "-" + std::to_string(i), "-p", "1", "-r", "1"});
        REQUIRE(r.exit_code == 0);
    }
    const std::string survivor = create_topic("sweep-survivor", 1, 1);
    const auto r = kfk_on_cluster({"topic", "delete", "--pattern", prefix + "-.*", "-o", "json"});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK(json::parse(r.out)["results"].size() == 3);
    CHECK(kfk_json({"topic", "list", "--pattern", prefix + "-.*"})["topics"].empty());
    CHECK(kcat_topic_metadata(survivor)["partitions"].size() == 1);

    // Internal topics are never matched by a pattern: nothing matches, as a missing
    // named topic that is "not found" (exit 3), or 0 with --if-exists.
    const auto internal =
        kfk_on_cluster({"topic", "delete", "--pattern", "__consumer_offsets", "-o", "json"});
    CHECK(internal.exit_code == 3);
    CHECK(internal.out.empty());
    CHECK(internal.err ==
          "kfk: delete topics: no topic matches the pattern (--if-exists makes that exit 0)\n");
    const auto if_exists = kfk_on_cluster(
        {"topic", "delete", "--pattern", "__consumer_offsets", "--if-exists", "-o", "json"});
    CHECK(if_exists.exit_code == 0);
    CHECK(if_exists.out.empty());
    CHECK(kcat_topic_metadata("__consumer_offsets")["partitions"].size() > 0);
}

TEST_CASE("topic config --set changes only the named key and other dynamic configs survive") {
    const std::string name = create_topic(
        "configured", 1, 1, {"-c", "retention.ms=100000", "-c", "cleanup.policy=compact"});
    const auto r = kfk_on_cluster({"topic", "config", name, "--set", "max.message.bytes=200000"});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK(dynamic_configs(name) ==
          std::map<std::string, std::string>{{"cleanup.policy", "compact"},
                                             {"max.message.bytes", "200000"},
                                             {"retention.ms", "100000"}});

    const auto del = kfk_on_cluster(
        {"topic", "config", name, "--delete", "cleanup.policy", "--set", "retention.ms=5000"});
    CHECK_MESSAGE(del.exit_code == 0, del.err);
    CHECK(dynamic_configs(name) == std::map<std::string, std::string>{
                                       {"max.message.bytes", "200000"}, {"retention.ms", "5000"}});

    const auto dry =
        kfk_on_cluster({"topic", "config", name, "--set", "retention.ms=1", "--dry-run"});
    CHECK_MESSAGE(dry.exit_code == 0, dry.err);
    CHECK(dynamic_configs(name).at("retention.ms") == "5000");

    const auto bad = kfk_on_cluster({"topic", "config", name, "--set", "retention.ms=never"});
    CHECK(bad.exit_code == 2);
    const auto unknown = kfk_on_cluster({"topic", "config", name, "--set", "no.such.key=1"});
    CHECK(unknown.exit_code == 2);
    CHECK(dynamic_configs(name).at("retention.ms") == "5000");

    CHECK(kfk_on_cluster({"topic", "config", "no-such-topic-q"}).exit_code == 3);
}

TEST_CASE("topic config: a contradiction changes nothing, and deleting an unset key says so") {
    const std::string name = create_topic("config-contra", 1, 1, {"-c", "retention.ms=100000"});
    const auto contra = kfk_on_cluster(
        {"topic", "config", name, "--set", "retention.ms=5000", "--delete", "retention.ms"});
    CHECK(contra.exit_code == 2);
    CHECK(contra.out.empty());
    CHECK(dynamic_configs(name) == std::map<std::string, std::string>{{"retention.ms", "100000"}});

    const auto unset = kfk_on_cluster({"topic", "config", name, "--delete", "segment.ms"});
    CHECK_MESSAGE(unset.exit_code == 0, unset.err);
    CHECK(unset.out.find("unchanged") != std::string::npos);
    CHECK(unset.out.find("segment.ms was not set (nothing to delete)") != std::string::npos);
    CHECK(unset.out.find("deleted") == std::string::npos);

    const auto mixed = kfk_on_cluster(
        {"topic", "config", name, "--delete", "segment.ms", "--delete", "retention.ms"});
    CHECK_MESSAGE(mixed.exit_code == 0, mixed.err);
    CHECK(mixed.out.find("segment.ms was not set") != std::string::npos);
    CHECK(mixed.out.find("deleted retention.ms") != std::string::npos);
    CHECK(dynamic_configs(name).empty());
    kfk_on_cluster({"topic", "delete", name});
}

TEST_CASE("topic config without flags shows every config with its source") {
    const std::string name = create_topic("config-show", 1, 1, {"-c", "retention.ms=7777"});
    const auto r = kfk_on_cluster({"topic", "config", name});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("CONFIG", 0) == 0);
    CHECK(r.out.find("retention.ms") != std::string::npos);
    CHECK(r.out.find("7777") != std::string::npos);
    CHECK(r.out.find("dynamic_topic") != std::string::npos);
    CHECK(r.out.find("segment.bytes") != std::string::npos);
}

TEST_CASE("partitions add raises the count and the new partitions have leaders and take messages") {
    const std::string name = create_topic("grow", 2, 2);
    const auto r = kfk_on_cluster({"partitions", "add", name, "--total", "5"});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.out.find("2 -> 5 partitions") != std::string::npos);
    const json t = kfk_json({"topic", "describe", name})["topics"][0];
    REQUIRE(t["partition_count"] == 5);
    for (const auto& p : t["partitions"]) CHECK(p["leader"].is_number());
    kcat_produce(name, 4, {"new"});
    CHECK(kfk_json({"partitions", "list", name})["partitions"][4]["messages"] == 1);
    CHECK(kcat_topic_metadata(name)["partitions"].size() == 5);
}

TEST_CASE("partitions add: never lowers, validates, dry-runs and places by assignment") {
    const std::string name = create_topic("grow-checks", 3, 1);
    const auto lower = kfk_on_cluster({"partitions", "add", name, "--total", "2"});
    CHECK(lower.exit_code == 2);
    CHECK(lower.err.find("it has 3 partitions") != std::string::npos);
    CHECK(kfk_on_cluster({"partitions", "add", name, "--total", "3"}).exit_code == 2);
    CHECK(kfk_on_cluster({"partitions", "add", "no-such-topic-w", "--total", "3"}).exit_code == 3);

    const auto dry = kfk_on_cluster({"partitions", "add", name, "--total", "4", "--dry-run"});
    CHECK_MESSAGE(dry.exit_code == 0, dry.err);
    CHECK(kcat_topic_metadata(name)["partitions"].size() == 3);

    const auto wrong_count =
        kfk_on_cluster({"partitions", "add", name, "--total", "5", "--replica-assignment", "2"});
    CHECK(wrong_count.exit_code == 2);

    const auto placed =
        kfk_on_cluster({"partitions", "add", name, "--total", "5", "--replica-assignment", "2,3"});
    CHECK_MESSAGE(placed.exit_code == 0, placed.err);
    const json rows = kfk_json({"partitions", "list", name})["partitions"];
    REQUIRE(rows.size() == 5);
    CHECK(rows[3]["replicas"] == json{2});
    CHECK(rows[4]["replicas"] == json{3});
}

TEST_CASE("on a terminal, deleting several topics asks first, and 'n' deletes nothing") {
    const std::string a = create_topic("ask", 1, 1);
    const std::string b = create_topic("ask", 1, 1);
    // `script` gives kfk a pseudo-terminal; its input is our answer.
    const std::string command = std::string(KFK_BINARY) + " -b " + local_cluster().bootstrap +
                                " topic delete " + a + " " + b;
    ProcessOptions answer_no;
    answer_no.stdin_data = "n\n";
    const auto no = run_process({"script", "-qec", command, "/dev/null"}, answer_no);
    CHECK(no.exit_code == 1);
    CHECK(no.out.find("About to delete 2 topics") != std::string::npos);
    CHECK(no.out.find("not confirmed") != std::string::npos);
    CHECK(kcat_topic_metadata(a)["partitions"].size() == 1);
    CHECK(kcat_topic_metadata(b)["partitions"].size() == 1);

    ProcessOptions answer_yes;
    answer_yes.stdin_data = "y\n";
    const auto yes = run_process({"script", "-qec", command, "/dev/null"}, answer_yes);
    CHECK_MESSAGE(yes.exit_code == 0, yes.out);
    CHECK(kcat_topic_metadata(a).empty());
    CHECK(kcat_topic_metadata(b).empty());
}
