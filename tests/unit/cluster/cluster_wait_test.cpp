// cluster wait's condition on hand-built cluster states.

#include "kfk/cluster/cluster_wait.hpp"

#include <doctest/doctest.h>

#include "support/metadata_builders.hpp"

using namespace kfk;
using namespace kfk::test;

TEST_CASE("cluster wait: enough brokers and every partition led") {
    CHECK(cluster_readiness(cluster_of(3, {topic_led_by("a", {1, 2})}), 3).ready);
    CHECK(cluster_readiness(cluster_of(3, {}), 1).ready);
    const Readiness few = cluster_readiness(cluster_of(2, {topic_led_by("a", {1})}), 3);
    CHECK_FALSE(few.ready);
    CHECK(few.status == "2 of 3 brokers");
    const Readiness leaderless = cluster_readiness(cluster_of(3, {topic_led_by("a", {1, -1})}), 3);
    CHECK_FALSE(leaderless.ready);
    CHECK(leaderless.status == "3 brokers, 1 partition without a leader");
}
