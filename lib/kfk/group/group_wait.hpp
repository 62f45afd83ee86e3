#pragma once
// `kfk group wait`: a consumer group caught up (lag below N), without members, or
// stable; for "wait until the consumer is done" steps in CI.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kfk/client/admin.hpp"
#include "kfk/group/partition_lag.hpp"
#include "kfk/wait_loop.hpp"

namespace kfk {

struct GroupWaitCondition {
    std::string group;
    std::optional<std::int64_t> lag_below;  // total lag < N, on committed partitions
    bool empty = false;                     // no active members
    bool stable = false;                    // state Stable
    std::vector<std::string> topics;        // lag only on these topics (empty: all)
};

// Judges one look at the group; `lag` is nullopt when the brokers do not know it.
// Every condition given must hold; with none, the group must exist. A group that does
// not exist counts as empty. Pure, so that it can be tested without a cluster.
Readiness group_readiness(const std::optional<GroupLag>& lag, const GroupWaitCondition& condition);

// Asks the cluster (group state, committed offsets, high watermarks) and judges.
Readiness check_group(Admin& admin, const GroupWaitCondition& condition);

}  // namespace kfk
