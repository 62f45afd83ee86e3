// Lag in time and data loss (group lag / group describe) against the real cluster:
// messages with known timestamps, committed offsets set with group reset, and records
// deleted with Kafka's own DeleteRecords tool.

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timed_messages.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

// Produces one JSON input line per message to `topic`.
void produce_json(const std::string& topic, const std::vector<json>& messages) {
    std::string input;
    for (const json& m : messages) input += m.dump() + "\n";
    const auto r =
        kfk_on_cluster({"produce", topic, "--input", "json", "-q"}, {.stdin_data = input});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
}

// Commits `offset` for `group` on topic:partition (creates the group).
void commit(const std::string& group, const std::string& topic, int partition, int offset) {
    const auto r =
        kfk_on_cluster({"group", "reset", group, "--topic", topic + ":" + std::to_string(partition),
                        "--to", std::to_string(offset), "--execute"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
}

// `group lag` JSON: partition -> row, for the single topic of the single group.
std::map<int, json> rows(const json& lag) {
    std::map<int, json> out;
    for (const json& p : lag["groups"][0]["topics"][0]["partitions"])
        out[p["partition"].get<int>()] = p;
    return out;
}

void cleanup(const std::string& group, const std::string& topic) {
    kfk_on_cluster({"group", "delete", group, "--if-exists"});
    kfk_on_cluster({"topic", "delete", topic, "--if-exists", "--yes"});
}

}  // namespace

TEST_CASE("group lag shows the age of the next unread message, 0 when caught up") {
    const std::string topic = create_topic("top17-lagtime", 2, 1);
    const std::string group = unique_name("top17-lagtime-g");
    const std::int64_t ten_minutes_ago = now_ms() - 600'000;
    produce_json(topic, {{{"value", "old"}, {"partition", 0}, {"timestamp", ten_minutes_ago}},
                         {{"value", "newer"}, {"partition", 0}, {"timestamp", now_ms()}},
                         {{"value", "read"}, {"partition", 1}, {"timestamp", now_ms()}}});
    commit(group, topic, 0, 0);  // next to read: "old"
    commit(group, topic, 1, 1);  // caught up

    const std::int64_t before = now_ms();
    const json lag = kfk_json({"group", "lag", group});
    const std::int64_t after = now_ms();
    auto p = rows(lag);
    REQUIRE(p.size() == 2);
    // The age was measured between our two clock readings.
    REQUIRE(p[0]["lag_ms"].is_number());
    CHECK(p[0]["lag_ms"].get<std::int64_t>() >= before - ten_minutes_ago);
    CHECK(p[0]["lag_ms"].get<std::int64_t>() <= after - ten_minutes_ago);
    CHECK(p[0]["lag_ms_reason"].is_null());
    CHECK(p[1]["lag_ms"] == 0);
    CHECK(p[1]["lag"] == 0);
    CHECK(lag["groups"][0]["max_lag_ms"] == p[0]["lag_ms"]);
    CHECK(lag["groups"][0]["topics"][0]["max_lag_ms"] == p[0]["lag_ms"]);
    // Default retention (7 days): far from deletion.
    CHECK(p[0]["loss"] == "ok");
    CHECK(p[0]["retention_left_ms"].get<std::int64_t>() <= 7LL * 86'400'000 - 600'000);
    CHECK(p[1]["retention_left_ms"].is_null());

    // The table has the column and a readable age ("10m0s".."10m9s").
    const auto table = kfk_on_cluster({"group", "lag", group});
    REQUIRE(table.exit_code == 0);
    CHECK(table.out.find("LAG TIME") != std::string::npos);
    CHECK(table.out.find(" 10m") != std::string::npos);

    // describe carries the same fields.
    const json described = kfk_json({"group", "describe", group});
    const json& d0 = described["groups"][0]["partitions"][0];
    CHECK(d0["partition"] == 0);
    CHECK(d0["lag_ms"].get<std::int64_t>() >= before - ten_minutes_ago);
    CHECK(described["groups"][0]["max_lag_ms"].is_number());

    // Whole retention as the risk window: the oldest unread message is at risk.
    const json risky = kfk_json({"group", "lag", group, "--risk-below", "7d"});
    CHECK(rows(risky)[0]["loss"] == "at_risk");
    CHECK(rows(risky)[1]["loss"] == "ok");
    const auto fail =
        kfk_on_cluster({"group", "lag", group, "--risk-below", "7d", "--fail-on", "risk"});
    CHECK(fail.exit_code == 5);
    CHECK(fail.err.find("at risk") != std::string::npos);
    CHECK(kfk_on_cluster({"group", "lag", group, "--fail-on", "risk"}).exit_code == 0);
    CHECK(kfk_on_cluster({"group", "lag", group, "--risk-below", "7d", "--fail-on", "lost"})
              .exit_code == 0);

    // --sort time puts the oldest first; the default order is by partition.
    const auto sorted = kfk_on_cluster({"-o", "json", "group", "lag", group, "--sort", "time"});
    REQUIRE(sorted.exit_code == 0);
    CHECK(json::parse(sorted.out)["groups"][0]["topics"][0]["partitions"][0]["partition"] == 0);

    // group list --lag-above: a duration compares the lag in time, a number the count.
    auto listed = [&](const std::string& bound) {
        const json j = kfk_json({"group", "list", "--lag-above", bound});
        for (const json& g : j["groups"])
            if (g["name"] == group) return true;
        return false;
    };
    CHECK(listed("5m"));
    CHECK_FALSE(listed("1h"));
    CHECK(listed("1"));
    CHECK_FALSE(listed("2"));
    cleanup(group, topic);
}

TEST_CASE("two groups on one partition: each group's lag time is its own next message's age") {
    const std::string topic = create_topic("lagtime-2g", 1, 1);
    const std::string behind = unique_name("lagtime-2g-behind");
    const std::string ahead = unique_name("lagtime-2g-ahead");
    const std::int64_t hour_ago = now_ms() - 3'600'000;
    const std::int64_t minute_ago = now_ms() - 60'000;
    produce_json(topic, {{{"value", "old"}, {"timestamp", hour_ago}},
                         {{"value", "recent"}, {"timestamp", minute_ago}},
                         {{"value", "now"}, {"timestamp", now_ms()}}});
    commit(behind, topic, 0, 0);  // next: the hour-old message
    commit(ahead, topic, 0, 1);   // next: the minute-old one

    auto lag_ms_of = [](const json& group) {
        return group["topics"][0]["partitions"][0]["lag_ms"].get<std::int64_t>();
    };
    const std::int64_t before = now_ms();
    for (const json& lag :
         {kfk_json({"group", "lag", behind, ahead}), kfk_json({"group", "lag", ahead, behind})}) {
        const std::int64_t after = now_ms();
        REQUIRE(lag["groups"].size() == 2);
        for (const json& g : lag["groups"]) {
            const std::int64_t produced = g["name"] == behind ? hour_ago : minute_ago;
            CHECK_MESSAGE(lag_ms_of(g) >= before - produced, g.dump());
            CHECK_MESSAGE(lag_ms_of(g) <= after - produced, g.dump());
        }
    }
    cleanup(behind, topic);
    kfk_on_cluster({"group", "delete", ahead, "--if-exists"});
}

TEST_CASE("records deleted past the committed offset show as lost with the exact count") {
    const std::string topic = create_topic("top17-lost", 1, 1);
    const std::string group = unique_name("top17-lost-g");
    std::vector<json> messages;
    for (int i = 0; i < 10; ++i) messages.push_back({{"value", "m" + std::to_string(i)}});
    produce_json(topic, messages);
    commit(group, topic, 0, 2);

    // Kafka's own DeleteRecords tool moves the low watermark to 7.
    const std::string offsets_file = "/tmp/" + unique_name("top17-delete") + ".json";
    std::ofstream(offsets_file) << json{{"version", 1},
                                        {"partitions",
                                         {{{"topic", topic}, {"partition", 0}, {"offset", 7}}}}}
                                       .dump();
    const auto cp = run_process({std::string(KFK_SOURCE_DIR) + "/scripts/cluster", "classpath"});
    REQUIRE(cp.exit_code == 0);
    std::string classpath = cp.out;
    while (!classpath.empty() && classpath.back() == '\n') classpath.pop_back();
    const auto deleted = run_process(
        {"java", "-cp", classpath, "org.apache.kafka.tools.DeleteRecordsCommand",
         "--bootstrap-server", local_cluster().bootstrap, "--offset-json-file", offsets_file});
    std::remove(offsets_file.c_str());
    REQUIRE_MESSAGE(deleted.exit_code == 0, deleted.err);

    const json lag = kfk_json({"group", "lag", group});
    auto p = rows(lag);
    CHECK(p[0]["low"] == 7);
    CHECK(p[0]["committed"] == 2);
    CHECK(p[0]["loss"] == "lost");
    CHECK(p[0]["lost"] == 5);
    // The next message read is the oldest left (offset 7), just produced.
    CHECK(p[0]["lag_ms"].is_number());

    const auto table = kfk_on_cluster({"group", "lag", group});
    CHECK(table.out.find("lost 5") != std::string::npos);
    const auto fail = kfk_on_cluster({"group", "lag", group, "--fail-on", "lost"});
    CHECK(fail.exit_code == 5);
    CHECK(fail.err == "kfk: group lag: 1 partition(s) lost unread messages, 0 at risk\n");
    CHECK(kfk_on_cluster({"group", "describe", group, "--fail-on", "lost"}).exit_code == 5);
    cleanup(group, topic);
}
