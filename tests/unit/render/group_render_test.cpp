// Group renderers on hand-built structs: exact tables and JSON shapes, and the pure
// lag and partition-row computations behind them.

#include "kfk/render/group_render.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "draw.hpp"
#include "kfk/error.hpp"
#include "kfk/group/group_description.hpp"
#include "kfk/group/group_state.hpp"
#include "kfk/group/partition_lag.hpp"

using kfk::test::draw;
using nlohmann::json;

namespace {

kfk::GroupDescription billing() {
    kfk::GroupDescription g;
    g.name = "billing";
    g.state = "Stable";
    g.protocol = "range";
    g.coordinator = kfk::GroupCoordinator{2, "127.0.0.1", 9093};
    g.members = {{"m-1", "app", "/10.0.0.1", {{"orders", 0}, {"orders", 1}}}};
    g.partitions =
        kfk::partition_rows({{{"orders", 0}, 10}, {{"orders", 2}, 4}}, g.members,
                            {{{"orders", 0}, 15}, {{"orders", 1}, 3}, {{"orders", 2}, 4}});
    g.total_lag = kfk::total_lag(g.partitions);
    return g;
}

}  // namespace

TEST_CASE("lag is high minus committed, never negative, unknown without both") {
    CHECK(kfk::lag_between(10, 15) == 5);
    CHECK(kfk::lag_between(15, 15) == 0);
    CHECK(kfk::lag_between(16, 15) == 0);
    CHECK_FALSE(kfk::lag_between(std::nullopt, 15).has_value());
    CHECK_FALSE(kfk::lag_between(10, std::nullopt).has_value());
}

TEST_CASE("partition rows join committed offsets, assignments and watermarks") {
    const kfk::GroupDescription g = billing();
    REQUIRE(g.partitions.size() == 3);
    CHECK(g.partitions[0].committed == 10);
    CHECK(g.partitions[0].lag == 5);
    CHECK(g.partitions[0].member_id == "m-1");
    CHECK_FALSE(g.partitions[1].committed.has_value());  // assigned, never committed
    CHECK_FALSE(g.partitions[1].lag.has_value());
    CHECK_FALSE(g.partitions[2].member_id.has_value());  // committed, unassigned
    CHECK(g.total_lag == 5);
}

TEST_CASE("group lag sums per topic and per group") {
    const kfk::GroupLag lag = kfk::group_lag("g", "Empty",
                                             {{"b", 0, 1, 4, 3, {}, {}},
                                              {"a", 1, 0, 2, 2, {}, {}},
                                              {"a", 0, 5, 5, 0, {}, {}},
                                              {"gone", 0, 7, {}, {}, {}, {}}});
    CHECK(lag.total_lag == 5);
    REQUIRE(lag.topics.size() == 3);
    CHECK(lag.topics[0].topic == "a");
    CHECK(lag.topics[0].lag == 2);
    CHECK(lag.topics[0].partitions[0].partition == 0);
    CHECK(lag.topics[1].lag == 3);
    CHECK(lag.topics[2].lag == 0);  // a deleted topic: no high watermark, no lag
}

TEST_CASE("group states parse in any case, anything else is a usage error") {
    CHECK(kfk::parse_group_state("stable", "--state") == "Stable");
    CHECK(kfk::parse_group_state("EMPTY", "--state") == "Empty");
    CHECK(kfk::parse_group_state("preparingrebalance", "--state") == "PreparingRebalance");
    CHECK_THROWS_AS(kfk::parse_group_state("running", "--state"), kfk::Error);
    CHECK_FALSE(kfk::group_exists("Dead"));
    CHECK(kfk::group_exists("Empty"));
}

TEST_CASE("group list table and JSON") {
    const std::vector<kfk::GroupSummary> groups{{"billing", "Stable", "consumer", "range", 2, 1500},
                                                {"offsets-only", "Empty", "", "", 0, std::nullopt}};
    CHECK(draw(groups) ==
          "NAME          STATE   PROTOCOL  MEMBERS   LAG\n"
          "billing       Stable  range           2  1500\n"
          "offsets-only  Empty   -               0     -\n");
    const json j = json::parse(draw(groups, kfk::OutputFormat::json));
    CHECK(j["groups"][0] == json{{"name", "billing"},
                                 {"state", "Stable"},
                                 {"protocol_type", "consumer"},
                                 {"protocol", "range"},
                                 {"members", 2},
                                 {"lag", 1500}});
    CHECK(j["groups"][1]["lag"].is_null());
}

TEST_CASE("group describe table and JSON") {
    CHECK(draw(std::vector{billing()}) ==
          "Group:         billing\n"
          "State:         Stable\n"
          "Protocol:      range\n"
          "Coordinator:   2 (127.0.0.1:9093)\n"
          "Members:       1\n"
          "Total lag:     5\n"
          "Max lag time:  -\n"
          "\n"
          "MEMBER  CLIENT ID  HOST       PARTITIONS\n"
          "m-1     app        /10.0.0.1  orders:0,1\n"
          "\n"
          "TOPIC   PARTITION  COMMITTED  HIGH  LAG  LAG TIME  STATUS  MEMBER  CLIENT ID\n"
          "orders          0         10    15    5         -  ok      m-1     app\n"
          "orders          1          -     3    -         -  ok      m-1     app\n"
          "orders          2          4     4    0         -  ok      -       -\n");
    const json j = json::parse(draw(std::vector{billing()}, kfk::OutputFormat::json));
    const json& g = j["groups"][0];
    CHECK(g["coordinator"] == json{{"id", 2}, {"host", "127.0.0.1"}, {"port", 9093}});
    CHECK(g["members"][0] == json{{"member_id", "m-1"},
                                  {"client_id", "app"},
                                  {"host", "/10.0.0.1"},
                                  {"assignments",
                                   {{{"topic", "orders"}, {"partition", 0}},
                                    {{"topic", "orders"}, {"partition", 1}}}}});
    CHECK(g["total_lag"] == 5);
    CHECK(g["partitions"][1] == json{{"topic", "orders"},
                                     {"partition", 1},
                                     {"committed", nullptr},
                                     {"high", 3},
                                     {"lag", nullptr},
                                     {"lag_ms", nullptr},
                                     {"lag_ms_reason", nullptr},
                                     {"low", nullptr},
                                     {"loss", "ok"},
                                     {"lost", 0},
                                     {"retention_left_ms", nullptr},
                                     {"member_id", "m-1"},
                                     {"client_id", "app"}});
    CHECK(g["partitions"][2]["member_id"].is_null());
}

TEST_CASE("group lag table with totals, and JSON nested by topic") {
    const std::vector<kfk::GroupLag> lags{kfk::group_lag(
        "billing", "Empty", {{"orders", 0, 10, 15, 5, {}, {}}, {"orders", 1, 3, 3, 0, {}, {}}})};
    CHECK(draw(lags) ==
          "GROUP    TOPIC   PARTITION  COMMITTED  HIGH  LAG  LAG TIME  STATUS\n"
          "billing  orders          0         10    15    5         -  ok\n"
          "billing  orders          1          3     3    0         -  ok\n"
          "\n"
          "GROUP    TOPIC    LAG  MAX LAG TIME\n"
          "billing  orders     5             -\n"
          "billing  (total)    5             -\n");
    const json j = json::parse(draw(lags, kfk::OutputFormat::json));
    // Lag in time and data loss are unknown here (no timestamps, no low watermark).
    const json unknown_time = {{"lag_ms", nullptr}, {"lag_ms_reason", nullptr},
                               {"low", nullptr},    {"loss", "ok"},
                               {"lost", 0},         {"retention_left_ms", nullptr}};
    json p0 = {{"partition", 0}, {"committed", 10}, {"high", 15}, {"lag", 5}};
    json p1 = {{"partition", 1}, {"committed", 3}, {"high", 3}, {"lag", 0}};
    p0.update(unknown_time);
    p1.update(unknown_time);
    CHECK(j == json{{"groups",
                     {{{"name", "billing"},
                       {"state", "Empty"},
                       {"total_lag", 5},
                       {"max_lag_ms", nullptr},
                       {"topics",
                        {{{"topic", "orders"},
                          {"lag", 5},
                          {"max_lag_ms", nullptr},
                          {"partitions", {p0, p1}}}}}}}}});
}

TEST_CASE("a group without committed offsets shows only its zero total") {
    CHECK(draw(std::vector{kfk::group_lag("fresh", "Empty", {})}) ==
          "GROUP  TOPIC    LAG  MAX LAG TIME\n"
          "fresh  (total)    0             -\n");
}

TEST_CASE("reset plan table and JSON") {
    kfk::ResetPlan plan{"billing",
                        {kfk::ResetTarget::Kind::shift, -2},
                        {{"orders", 0, 10, 8}, {"orders", 1, std::nullopt, 0}},
                        false};
    CHECK(draw(plan) ==
          "TOPIC   PARTITION  CURRENT  NEW  CHANGE\n"
          "orders          0       10    8      -2\n"
          "orders          1        -    0       -\n");
    plan.executed = true;
    const json j = json::parse(draw(plan, kfk::OutputFormat::json));
    CHECK(j == json{{"group", "billing"},
                    {"target", "shift -2"},
                    {"executed", true},
                    {"group_exists", true},
                    {"partitions",
                     {{{"topic", "orders"}, {"partition", 0}, {"current", 10}, {"new", 8}},
                      {{"topic", "orders"}, {"partition", 1}, {"current", nullptr}, {"new", 0}}}}});
}

TEST_CASE("partition lists in the --topic syntax") {
    CHECK(kfk::partition_list_text({}) == "-");
    CHECK(kfk::partition_list_text({{"a", 0}, {"a", 2}, {"b", 1}}) == "a:0,2 b:1");
}
