// topic wait's condition on hand-built cluster states.

#include "kfk/topic/topic_wait.hpp"

#include <doctest/doctest.h>

#include "support/metadata_builders.hpp"

using namespace kfk;
using namespace kfk::test;

TEST_CASE("topic wait: exists with leaders, holds N messages, or is gone") {
    const ClusterMetadata md =
        cluster_of(3, {topic_led_by("a", {1, 2}), topic_led_by("b", {1, -1})});
    CHECK(topic_readiness(md, {{"a"}, std::nullopt, false}, {}).ready);
    const Readiness b = topic_readiness(md, {{"a", "b", "c"}, std::nullopt, false}, {});
    CHECK_FALSE(b.ready);
    CHECK(b.status == "b: 1 partitions without a leader; c does not exist");

    const TopicWaitCondition five{{"a"}, 5, false};
    CHECK_FALSE(topic_readiness(md, five, {{"a", 4}}).ready);
    CHECK(topic_readiness(md, five, {{"a", 4}}).status == "a: 4 of 5 messages");
    CHECK(topic_readiness(md, five, {{"a", 5}}).ready);

    CHECK(topic_readiness(md, {{"c"}, std::nullopt, true}, {}).ready);
    CHECK(topic_readiness(md, {{"a"}, std::nullopt, true}, {}).status == "a still exists");
}
