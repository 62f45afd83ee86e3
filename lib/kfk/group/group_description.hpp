#pragma once
// Consumer groups as `group list` and `group describe` show them, in kfk's own structs.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kfk/group/partition_lag.hpp"

namespace kfk {

// One row of `group list`.
struct GroupSummary {
    std::string name;
    std::string state;          // Stable, Empty, PreparingRebalance, ...
    std::string protocol_type;  // "consumer" for Kafka consumers, "" for offset-only groups
    std::string protocol;       // the assignor (range, roundrobin, ...) while members are in
    int members = 0;
    std::optional<std::int64_t> lag;  // none: the group has no committed offsets
    // The largest lag in time over its partitions; filled only when asked (list(true)).
    std::optional<std::int64_t> max_lag_ms;
};

struct GroupMember {
    std::string member_id;
    std::string client_id;
    std::string host;
    std::vector<PartitionKey> assignment;  // sorted
};

// The broker that coordinates the group (holds its offsets and membership).
struct GroupCoordinator {
    std::int32_t id = -1;
    std::string host;
    int port = 0;
};

struct GroupDescription {
    std::string name;
    std::string state;
    std::string protocol;  // the assignor
    std::optional<GroupCoordinator> coordinator;
    std::vector<GroupMember> members;
    std::vector<PartitionLag> partitions;  // sorted by topic and partition
    std::int64_t total_lag = 0;
    std::optional<std::int64_t> max_lag_ms;  // the largest known lag_ms of its partitions
};

// A not_found Error for `what` naming every group of `described` the brokers do not
// know (described as Dead).
void require_known(const std::vector<GroupDescription>& described, const std::string& what);

// The rows of a description: every partition the group has a committed offset for or
// a member is assigned, with its offsets, lag and owner; sorted.
std::vector<PartitionLag> partition_rows(
    const std::map<PartitionKey, std::int64_t>& committed, const std::vector<GroupMember>& members,
    const std::map<PartitionKey, std::int64_t>& high_watermarks);

}  // namespace kfk
