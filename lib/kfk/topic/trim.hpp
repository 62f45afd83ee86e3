#pragma once
// `topic trim`: delete a topic's oldest records (DeleteRecords) up to a point. A plan
// first, per partition the low watermark now and after and how many messages go;
// computing it is pure, the requests that gather its inputs and carry it out are in
// trim_admin.cpp.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/client/admin.hpp"

namespace kfk {

// Where the topic's log should start afterwards: an offset, the first offset at or
// after a time (@TIME, @-DURATION), or the end (everything goes).
struct TrimTarget {
    enum class Kind { offset, timestamp, end };
    Kind kind = Kind::end;
    std::int64_t value = 0;  // the offset or the epoch milliseconds

    bool operator==(const TrimTarget&) const = default;
};

// Throws a usage Error naming --before for anything but OFFSET, @TIME, @-DURATION, end.
TrimTarget parse_trim_target(std::string_view text, std::chrono::system_clock::time_point now);

// "offset 42", "@1764064800000", "end".
std::string to_string(const TrimTarget& target);

struct TrimInput {
    std::int32_t partition = -1;
    std::int64_t low = 0;
    std::int64_t high = 0;
    // For a time target: the first offset at or after it; none when no message is that
    // recent (everything goes).
    std::optional<std::int64_t> offset_at_time;
};

struct PartitionTrim {
    std::int32_t partition = -1;
    std::int64_t low = 0;      // low watermark now
    std::int64_t new_low = 0;  // after: never below now, never past the high watermark
    std::int64_t high = 0;
    std::int64_t removed() const { return new_low - low; }

    bool operator==(const PartitionTrim&) const = default;
};

struct TrimPlan {
    std::string topic;
    TrimTarget target;
    std::vector<PartitionTrim> partitions;  // by partition
    bool executed = false;
};

TrimPlan plan_trim(std::string topic, const TrimTarget& target, std::vector<TrimInput> inputs);

// The plan for `partitions` of `topic` (all when empty). An unknown topic or partition
// is not_found.
TrimPlan plan_trim(Admin& admin, const std::string& topic,
                   const std::vector<std::int32_t>& partitions, const TrimTarget& target);

// Deletes the records the plan removes (partitions with nothing to remove are not
// asked), sets each partition's new_low to the low watermark the broker reports, and
// marks the plan executed.
void execute_trim(Admin& admin, TrimPlan& plan);

}  // namespace kfk
