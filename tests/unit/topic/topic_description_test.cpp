#include "kfk/topic/topic_description.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

namespace {

// Brokers 1 and 2 are up; 3 is down (absent from the broker list).
kfk::ClusterMetadata cluster() {
    kfk::ClusterMetadata md;
    md.brokers = {{1, "h", 9092}, {2, "h", 9093}};
    md.topics = {
        {"__consumer_offsets", {{0, 1, {1}, {1}, ""}}, ""},
        {"orders",
         {{0, 1, {1, 2, 3}, {1, 2}, ""}, {1, 2, {2, 1, 3}, {2, 1}, ""}, {2, -1, {3}, {}, ""}},
         ""},
        {"payments", {{0, 2, {2, 1}, {2, 1}, ""}}, ""},
    };
    return md;
}

std::vector<std::string> names(const std::vector<const kfk::TopicMetadata*>& topics) {
    std::vector<std::string> out;
    for (const auto* t : topics) out.push_back(t->name);
    return out;
}

}  // namespace

TEST_CASE("describe_topic derives offline replicas and the replication factor") {
    const auto md = cluster();
    const kfk::TopicDescription t = kfk::describe_topic(md.topics[1], md);
    CHECK(t.replication_factor == 3);
    CHECK_FALSE(t.internal);
    REQUIRE(t.partitions.size() == 3);
    CHECK(t.partitions[0].offline == std::vector<std::int32_t>{3});
    CHECK(kfk::is_under_replicated(t.partitions[0]));
    CHECK_FALSE(kfk::is_unavailable(t.partitions[0]));
    CHECK(kfk::is_unavailable(t.partitions[2]));

    const kfk::TopicSummary s = kfk::summarize_topic(t);
    CHECK(s.partitions == 3);
    CHECK(s.under_replicated == 3);
    CHECK(s.unavailable == 1);
}

TEST_CASE("partitions list --broker: an unknown broker is not found, a down one is known") {
    const auto md = cluster();
    const std::vector<kfk::TopicDescription> topics{kfk::describe_topic(md.topics[1], md),
                                                    kfk::describe_topic(md.topics[2], md)};
    CHECK_NOTHROW(kfk::require_known_broker(1, md.brokers, topics));
    CHECK_NOTHROW(kfk::require_known_broker(3, md.brokers, topics));  // down, still a replica
    CHECK_NOTHROW(kfk::require_known_broker(2, md.brokers, {}));      // up, holds nothing here
    try {
        kfk::require_known_broker(9, md.brokers, topics);
        FAIL("broker 9 was accepted");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::not_found);
        CHECK(e.line() ==
              "kfk: --broker 9: no such broker in the cluster ('kfk cluster describe' lists them)");
    }
}

TEST_CASE("health filters keep matching partitions") {
    const auto md = cluster();
    kfk::TopicDescription t = kfk::describe_topic(md.topics[1], md);
    t.min_insync_replicas = 2;

    kfk::HealthFilter unavailable;
    unavailable.unavailable = true;
    CHECK(kfk::filter_partitions(t, unavailable).partitions.size() == 1);

    kfk::HealthFilter at_min;
    at_min.at_min_isr = true;
    CHECK(kfk::filter_partitions(t, at_min).partitions.size() == 2);

    kfk::HealthFilter under_min;
    under_min.under_min_isr = true;
    const auto under = kfk::filter_partitions(t, under_min);
    REQUIRE(under.partitions.size() == 1);
    CHECK(under.partitions[0].id == 2);

    CHECK(kfk::filter_partitions(t, kfk::HealthFilter{}).partitions.size() == 3);
}

TEST_CASE("messages are high minus low, when both are known") {
    kfk::PartitionDescription p;
    CHECK_FALSE(p.messages().has_value());
    p.low = 5;
    p.high = 12;
    CHECK(p.messages() == 7);
}

TEST_CASE("select_topics: names must exist, patterns match whole names, internal topics hidden") {
    const auto md = cluster();
    CHECK(names(kfk::select_topics(md, {"payments", "orders"}, std::nullopt, false, "x")) ==
          std::vector<std::string>{"orders", "payments"});
    CHECK(names(kfk::select_topics(md, {}, std::string("ord.*"), false, "x")) ==
          std::vector<std::string>{"orders"});
    CHECK(names(kfk::select_topics(md, {}, std::string("ord"), false, "x")).empty());
    CHECK(names(kfk::select_topics(md, {}, std::string(".*"), false, "x")) ==
          std::vector<std::string>{"orders", "payments"});
    CHECK(names(kfk::select_topics(md, {}, std::string(".*"), true, "x")).size() == 3);
    // Named exactly, an internal topic is selected even without include_internal.
    CHECK(names(kfk::select_topics(md, {"__consumer_offsets"}, std::nullopt, false, "x")).size() ==
          1);
    try {
        kfk::select_topics(md, {"orders", "nope"}, std::nullopt, false, "describe topic");
        FAIL("expected an error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::not_found);
        CHECK(e.line() == "kfk: describe topic: topic does not exist: nope");
    }
    CHECK_THROWS_AS(kfk::select_topics(md, {}, std::string("(unclosed"), false, "x"), kfk::Error);
}

TEST_CASE("find_topic and find_partition: one not-found message for every command") {
    auto md = cluster();
    CHECK(kfk::find_topic(md, "orders", "x").partitions.size() == 3);
    CHECK(kfk::find_partition(kfk::find_topic(md, "orders", "x"), 2, "x").leader == -1);
    try {
        kfk::find_topic(md, "nope", "consume nope");
        FAIL("expected an error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::not_found);
        CHECK(e.line() == "kfk: consume nope: topic does not exist: nope");
    }
    try {
        kfk::find_partition(md.topics[1], 5, "produce to orders");
        FAIL("expected an error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::not_found);
        CHECK(e.line() ==
              "kfk: produce to orders: partition 5 does not exist in orders (it has 3)");
    }
    // Listed without partitions, a topic still being created cannot be used yet.
    md.topics.push_back({"creating", {}, "Broker: Leader not available"});
    CHECK_THROWS_AS(kfk::find_topic(md, "creating", "x"), kfk::Error);
    CHECK_THROWS_AS(kfk::select_topics(md, {"creating"}, std::nullopt, false, "x"), kfk::Error);
}
