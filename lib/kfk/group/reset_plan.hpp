#pragma once
// The plan `group reset` shows and, with --execute, commits: per partition the group's
// current offset and the new one. Computing it is pure; the admin layer gathers the
// inputs (committed offsets, watermarks, offsets for a time) and commits the result.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kfk/group/reset_target.hpp"

namespace kfk {

// What is known of one partition before the reset.
struct ResetInput {
    std::string topic;
    std::int32_t partition = -1;
    std::optional<std::int64_t> committed;  // none: the group has no offset here
    std::int64_t low = 0;                   // log start
    std::int64_t high = 0;                  // high watermark (log end)
    // For a time target: the first offset with a timestamp at or after it; none when
    // no message is that recent (the reset then goes to the end).
    std::optional<std::int64_t> offset_at_time;
    // For a reset from a file: the partition's offset there.
    std::optional<std::int64_t> requested;
};

struct PlannedOffset {
    std::string topic;
    std::int32_t partition = -1;
    std::optional<std::int64_t> current;
    std::int64_t target = 0;

    bool operator==(const PlannedOffset&) const = default;
};

struct ResetPlan {
    std::string group;
    ResetTarget target;
    std::vector<PlannedOffset> partitions;  // sorted by topic and partition
    bool executed = false;                  // set once the offsets are committed
    bool group_exists = true;               // false: committing creates the group
};

// The new offset for one partition, always within [low, high]: an offset outside the
// log would make the next consumer fall back to auto.offset.reset. A shift of a
// partition without a committed offset starts from `high`: where the group stands
// there, as `kfk consume -g` starts such a partition at its end.
std::int64_t reset_offset(const ResetTarget& target, const ResetInput& input);

ResetPlan plan_reset(std::string group, const ResetTarget& target,
                     const std::vector<ResetInput>& inputs);

}  // namespace kfk
