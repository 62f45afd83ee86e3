#include "kfk/render/cluster_render.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace {

kfk::ClusterDescription sample() {
    kfk::ClusterDescription d;
    d.cluster_id = "q1Sh-9_ISia_zwGINzRvyQ";
    d.topic_count = 2;
    d.partition_count = 53;
    kfk::BrokerSummary b1;
    b1.id = 1;
    b1.host = "127.0.0.1";
    b1.port = 9092;
    b1.leader_partitions = 18;
    b1.follower_partitions = 35;
    b1.leads = {{"orders", 0}};
    kfk::BrokerSummary b3;
    b3.id = 3;
    b3.online = false;
    b3.follower_partitions = 2;
    d.brokers = {b1, b3};
    return d;
}

std::string render(const kfk::ClusterDescription& d, kfk::OutputFormat format) {
    std::ostringstream out;
    kfk::RenderOptions options;
    options.format = format;
    kfk::render(d, options, out);
    return out.str();
}

}  // namespace

TEST_CASE("cluster describe table") {
    CHECK(render(sample(), kfk::OutputFormat::table) ==
          "Cluster ID:  q1Sh-9_ISia_zwGINzRvyQ\n"
          "Topics:      2\n"
          "Partitions:  53\n"
          "\n"
          "ID  ADDRESS         RACK  STATUS   LEADER  FOLLOWER\n"
          " 1  127.0.0.1:9092  -     online       18        35\n"
          " 3  -               -     offline       0         2\n");
}

TEST_CASE("cluster describe JSON carries every field, snake_case, numbers as numbers") {
    const auto j = nlohmann::json::parse(render(sample(), kfk::OutputFormat::json));
    CHECK(j["cluster_id"] == "q1Sh-9_ISia_zwGINzRvyQ");
    // No controller: kfk cannot know the active one in KRaft (see cluster_description.hpp).
    CHECK_FALSE(j.contains("controller_id"));
    CHECK(j["topic_count"] == 2);
    CHECK(j["partition_count"] == 53);
    REQUIRE(j["brokers"].size() == 2);
    const auto& b1 = j["brokers"][0];
    CHECK(b1 == nlohmann::json{{"id", 1},
                               {"host", "127.0.0.1"},
                               {"port", 9092},
                               {"rack", nullptr},
                               {"online", true},
                               {"leader_partitions", 18},
                               {"follower_partitions", 35},
                               {"leads", {{{"topic", "orders"}, {"partition", 0}}}},
                               {"follows", nlohmann::json::array()}});
    const auto& b3 = j["brokers"][1];
    CHECK(b3["host"].is_null());
    CHECK(b3["port"].is_null());
    CHECK(b3["online"] == false);
}

TEST_CASE("the table ends with the leader/follower spread per topic and broker") {
    kfk::ClusterDescription d = sample();
    kfk::TopicSpread orders{"orders", {{1, {2, 1}}, {3, {0, 2}}}};
    kfk::TopicSpread logs{"logs", {{1, {1, 0}}}};
    d.spread = {logs, orders};
    const std::string text = render(d, kfk::OutputFormat::table);
    const std::string expected_tail =
        "\n"
        "TOPIC   BROKER 1 L/F  BROKER 3 L/F\n"
        "logs             1/0             -\n"
        "orders           2/1           0/2\n";
    REQUIRE(text.size() > expected_tail.size());
    CHECK(text.substr(text.size() - expected_tail.size()) == expected_tail);
}
