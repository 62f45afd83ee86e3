// The wait commands' conditions on hand-built cluster states, and the polling loop.

#include <doctest/doctest.h>

#include <thread>

#include "kfk/cluster/cluster_wait.hpp"
#include "kfk/error.hpp"
#include "kfk/group/group_wait.hpp"
#include "kfk/topic/topic_wait.hpp"
#include "kfk/wait_loop.hpp"

using namespace kfk;
using namespace std::chrono_literals;

namespace {

ClusterMetadata cluster(int brokers, std::vector<TopicMetadata> topics) {
    ClusterMetadata md;
    for (int i = 1; i <= brokers; ++i) md.brokers.push_back({i, "127.0.0.1", 9091 + i});
    md.topics = std::move(topics);
    return md;
}

TopicMetadata topic(const std::string& name, std::vector<std::int32_t> leaders) {
    TopicMetadata t{name, {}, ""};
    for (std::size_t i = 0; i < leaders.size(); ++i)
        t.partitions.push_back({static_cast<std::int32_t>(i), leaders[i], {}, {}, ""});
    return t;
}

GroupLag group(const std::string& state, std::optional<std::int64_t> lag) {
    GroupLag g{"g", state, lag.value_or(0), {}};
    if (lag) g.topics.push_back({"t", *lag, {}});
    return g;
}

}  // namespace

TEST_CASE("cluster wait: enough brokers and every partition led") {
    CHECK(cluster_readiness(cluster(3, {topic("a", {1, 2})}), 3).ready);
    CHECK(cluster_readiness(cluster(3, {}), 1).ready);
    const Readiness few = cluster_readiness(cluster(2, {topic("a", {1})}), 3);
    CHECK_FALSE(few.ready);
    CHECK(few.status == "2 of 3 brokers");
    const Readiness leaderless = cluster_readiness(cluster(3, {topic("a", {1, -1})}), 3);
    CHECK_FALSE(leaderless.ready);
    CHECK(leaderless.status == "3 brokers, 1 partition without a leader");
}

TEST_CASE("topic wait: exists with leaders, holds N messages, or is gone") {
    const ClusterMetadata md = cluster(3, {topic("a", {1, 2}), topic("b", {1, -1})});
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

TEST_CASE("group wait: every given condition must hold") {
    GroupWaitCondition caught_up{"g", 10, false, false, {}};
    CHECK(group_readiness(group("Stable", 9), caught_up).ready);
    CHECK_FALSE(group_readiness(group("Stable", 10), caught_up).ready);
    CHECK(group_readiness(group("Stable", 10), caught_up).status == "state Stable, lag 10");
    // No committed offset yet is not caught up.
    CHECK_FALSE(group_readiness(group("Stable", std::nullopt), caught_up).ready);
    CHECK_FALSE(group_readiness(std::nullopt, caught_up).ready);

    const GroupWaitCondition empty{"g", std::nullopt, true, false, {}};
    CHECK(group_readiness(group("Empty", 3), empty).ready);
    CHECK_FALSE(group_readiness(group("Stable", 0), empty).ready);
    CHECK(group_readiness(std::nullopt, empty).ready);

    const GroupWaitCondition stable_and_done{"g", 1, false, true, {}};
    CHECK(group_readiness(group("Stable", 0), stable_and_done).ready);
    CHECK_FALSE(group_readiness(group("PreparingRebalance", 0), stable_and_done).ready);
    // No condition: the group exists.
    CHECK(
        group_readiness(group("Empty", std::nullopt), {"g", std::nullopt, false, false, {}}).ready);
}

TEST_CASE("wait_until re-checks until ready, reports each new status, and stops at the deadline") {
    int calls = 0;
    std::vector<std::string> seen;
    const auto progress = [&](const Readiness& r) { seen.push_back(r.status); };
    const Readiness done = wait_until(
        Deadline(60s),
        [&] {
            ++calls;
            return Readiness{calls == 3, calls == 3 ? "ready" : "not yet"};
        },
        progress, 1ms);
    CHECK(done.ready);
    CHECK(calls == 3);
    CHECK(seen == std::vector<std::string>{"not yet", "ready"});

    // A spent deadline still checks once, then gives up.
    calls = 0;
    CHECK_FALSE(wait_until(
                    Deadline(0ms),
                    [&] {
                        ++calls;
                        return Readiness{false, "x"};
                    },
                    progress, 1ms)
                    .ready);
    CHECK(calls == 1);

    // A broker error is "not ready yet"; a usage error ends the wait.
    const Readiness failing = wait_until(
        Deadline(0ms),
        [&]() -> Readiness { throw Error(ExitCode::timeout, "metadata", "no broker"); }, progress,
        1ms);
    CHECK(failing.status == "metadata: no broker");
    // A request cut short by the spent deadline keeps the last real status.
    calls = 0;
    const Deadline soon(200ms);
    const Readiness cut_short = wait_until(
        soon,
        [&]() -> Readiness {
            if (++calls == 1) return {false, "2 of 3 brokers"};
            while (!soon.expired()) std::this_thread::sleep_for(1ms);  // runs into the deadline
            throw Error(ExitCode::timeout, "metadata", "timed out");
        },
        progress, 1ms);
    CHECK(cut_short.status == "2 of 3 brokers");
    CHECK_THROWS_AS(
        wait_until(
            Deadline(60s), []() -> Readiness { throw_usage("x", "bad"); }, progress, 1ms),
        Error);
}
