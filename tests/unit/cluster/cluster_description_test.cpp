#include "kfk/cluster/cluster_description.hpp"

#include <doctest/doctest.h>

namespace {

kfk::ClusterMetadata three_brokers() {
    kfk::ClusterMetadata md;
    md.cluster_id = "abc";
    md.brokers = {{1, "h", 9092}, {2, "h", 9093}, {3, "h", 9094}};
    md.topics = {
        {"orders", {{0, 1, {1, 2, 3}, {1, 2, 3}, ""}, {1, 2, {2, 3, 1}, {2, 3, 1}, ""}}, ""},
        {"single", {{0, 3, {3}, {3}, ""}}, ""},
    };
    return md;
}

}  // namespace

TEST_CASE("each broker counts the partitions it leads and those it follows") {
    const kfk::ClusterDescription d = kfk::describe_cluster(three_brokers());
    CHECK(d.cluster_id == "abc");
    CHECK(d.topic_count == 2);
    CHECK(d.partition_count == 3);
    REQUIRE(d.brokers.size() == 3);
    CHECK(d.brokers[0].id == 1);
    CHECK(d.brokers[0].leader_partitions == 1);
    CHECK(d.brokers[0].follower_partitions == 1);
    CHECK(d.brokers[1].leader_partitions == 1);
    CHECK(d.brokers[1].follower_partitions == 1);
    CHECK(d.brokers[2].leader_partitions == 1);
    CHECK(d.brokers[2].follower_partitions == 2);
    for (const auto& b : d.brokers) CHECK(b.online);
    CHECK(d.brokers[2].leads == std::vector<kfk::PartitionRef>{{"single", 0}});
    CHECK(d.brokers[2].follows == std::vector<kfk::PartitionRef>{{"orders", 0}, {"orders", 1}});

    REQUIRE(d.spread.size() == 2);
    CHECK(d.spread[0].topic == "orders");
    CHECK(d.spread[0].by_broker.at(1) == std::pair<int, int>{1, 1});
    CHECK(d.spread[0].by_broker.at(3) == std::pair<int, int>{0, 2});
    CHECK(d.spread[1].by_broker.size() == 1);
}

TEST_CASE("a replica on a broker missing from the metadata shows that broker offline") {
    kfk::ClusterMetadata md = three_brokers();
    md.brokers.pop_back();  // broker 3 is down
    const kfk::ClusterDescription d = kfk::describe_cluster(md);
    REQUIRE(d.brokers.size() == 3);
    CHECK(d.brokers[2].id == 3);
    CHECK_FALSE(d.brokers[2].online);
    CHECK(d.brokers[2].host.empty());
}

TEST_CASE("an empty cluster has brokers and no partitions") {
    kfk::ClusterMetadata md;
    md.brokers = {{1, "h", 9092}};
    const kfk::ClusterDescription d = kfk::describe_cluster(md);
    CHECK(d.partition_count == 0);
    REQUIRE(d.brokers.size() == 1);
    CHECK(d.brokers[0].leader_partitions == 0);
}
