// group wait's condition on hand-built group states.

#include "kfk/group/group_wait.hpp"

#include <doctest/doctest.h>

using namespace kfk;

namespace {

GroupLag group(const std::string& state, std::optional<std::int64_t> lag) {
    GroupLag g{"g", state, lag.value_or(0), {}};
    if (lag) g.topics.push_back({"t", *lag, {}});
    return g;
}

}  // namespace

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
