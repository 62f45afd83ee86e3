#include "kfk/render/topic_render.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "draw.hpp"

using kfk::test::draw;
using nlohmann::json;

namespace {

kfk::TopicDescription orders() {
    kfk::TopicDescription t;
    t.name = "orders";
    t.replication_factor = 3;
    t.min_insync_replicas = 2;
    kfk::ConfigEntry c;
    c.name = "cleanup.policy";
    c.value = "compact";
    c.source = "dynamic_topic";
    t.configs = {c};
    kfk::PartitionDescription p0;
    p0.id = 0;
    p0.leader = 1;
    p0.replicas = {1, 2, 3};
    p0.isr = {1, 2, 3};
    p0.low = 0;
    p0.high = 10;
    kfk::PartitionDescription p1;
    p1.id = 1;
    p1.leader = -1;
    p1.replicas = {3};
    p1.offline = {3};
    t.partitions = {p0, p1};
    return t;
}

}  // namespace

TEST_CASE("topic list table and JSON") {
    std::vector<kfk::TopicSummary> topics{{"orders", 12, 3, false, 0, 0},
                                          {"payments", 3, 2, false, 1, 1}};
    CHECK(draw(topics) ==
          "NAME      PARTITIONS  RF  HEALTH\n"
          "orders            12   3  ok\n"
          "payments           3   2  1 unavailable, 1 under-replicated\n");
    const json j = json::parse(draw(topics, kfk::OutputFormat::json));
    CHECK(j["topics"][1] == json{{"name", "payments"},
                                 {"partitions", 3},
                                 {"replication_factor", 2},
                                 {"internal", false},
                                 {"under_replicated_partitions", 1},
                                 {"unavailable_partitions", 1}});
}

TEST_CASE("topic describe table") {
    CHECK(draw(std::vector<kfk::TopicDescription>{orders()}) ==
          "Topic:               orders\n"
          "Partitions:          2\n"
          "Replication factor:  3\n"
          "Min ISR:             2\n"
          "\n"
          "CONFIG          VALUE    SOURCE\n"
          "cleanup.policy  compact  dynamic_topic\n"
          "\n"
          "PARTITION  LEADER  REPLICAS  ISR    OFFLINE  LOW  HIGH  MESSAGES\n"
          "        0       1  1,2,3     1,2,3  -          0    10        10\n"
          "        1    none  3         -      3          -     -         -\n");
}

TEST_CASE("topic describe JSON carries every field of the table") {
    const json j =
        json::parse(draw(std::vector<kfk::TopicDescription>{orders()}, kfk::OutputFormat::json));
    const json& t = j["topics"][0];
    CHECK(t["name"] == "orders");
    CHECK(t["partition_count"] == 2);
    CHECK(t["replication_factor"] == 3);
    CHECK(t["min_insync_replicas"] == 2);
    CHECK(t["configs"][0] == json{{"name", "cleanup.policy"},
                                  {"value", "compact"},
                                  {"source", "dynamic_topic"},
                                  {"is_default", false},
                                  {"read_only", false},
                                  {"sensitive", false}});
    CHECK(t["partitions"][0] == json{{"partition", 0},
                                     {"leader", 1},
                                     {"replicas", {1, 2, 3}},
                                     {"isr", {1, 2, 3}},
                                     {"offline_replicas", json::array()},
                                     {"low", 0},
                                     {"high", 10},
                                     {"messages", 10},
                                     {"error", nullptr}});
    CHECK(t["partitions"][1]["leader"].is_null());
    CHECK(t["partitions"][1]["low"].is_null());
    CHECK(t["partitions"][1]["offline_replicas"] == json{3});
}

TEST_CASE("sensitive config values are never printed") {
    kfk::ConfigEntry secret;
    secret.name = "some.password";
    secret.value = "hunter2";  // even if a value slipped through, it must not show
    secret.sensitive = true;
    secret.source = "dynamic_topic";
    const kfk::TopicConfigs configs{"t", {secret}};
    CHECK(draw(configs).find("hunter2") == std::string::npos);
    CHECK(draw(configs).find("(sensitive)") != std::string::npos);
    CHECK(draw(configs, kfk::OutputFormat::json).find("hunter2") == std::string::npos);
}

TEST_CASE("partitions list with a broker's role") {
    kfk::TopicDescription t = orders();
    const kfk::PartitionRows rows{
        {{"orders", t.partitions[0], "leader"}, {"orders", t.partitions[1], "follower"}}, true};
    CHECK(draw(rows) ==
          "TOPIC   PARTITION  LEADER  REPLICAS  ISR    LOW  HIGH  MESSAGES  ROLE\n"
          "orders          0       1  1,2,3     1,2,3    0    10        10  leader\n"
          "orders          1    none  3         -        -     -         -  follower\n");
    const json j = json::parse(draw(rows, kfk::OutputFormat::json));
    CHECK(j["partitions"][0]["topic"] == "orders");
    CHECK(j["partitions"][0]["role"] == "leader");
    CHECK(j["partitions"][0]["messages"] == 10);
    // A broker that holds none of them: the same columns, no rows.
    CHECK(draw(kfk::PartitionRows{{}, true}) ==
          "TOPIC  PARTITION  LEADER  REPLICAS  ISR  LOW  HIGH  MESSAGES  ROLE\n");
    CHECK(draw(kfk::PartitionRows{{}, false}).find("ROLE") == std::string::npos);
}

TEST_CASE("batch status rows") {
    std::vector<kfk::ItemResult> items{
        {"a", "created", kfk::ExitCode::ok, ""},
        {"b", "exists", kfk::ExitCode::already_exists, "Topic 'b' already exists."}};
    CHECK(draw(items) ==
          "NAME  STATUS   MESSAGE\n"
          "a     created\n"
          "b     exists   Topic 'b' already exists.\n");
    const json j = json::parse(draw(items, kfk::OutputFormat::json));
    CHECK(j["results"][1] == json{{"name", "b"},
                                  {"status", "exists"},
                                  {"exit_code", 4},
                                  {"message", "Topic 'b' already exists."}});
    CHECK(j["results"][0]["message"].is_null());
}
