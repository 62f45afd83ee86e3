#pragma once
// `kfk offsets`: for each partition, the offset of a position (beginning, end, or the
// first message at or after a time), in batched ListOffsets requests (one per leader).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kfk/client/admin.hpp"
#include "kfk/topic/offset_query.hpp"

namespace kfk {

struct PartitionOffset {
    std::string topic;
    std::int32_t partition = -1;
    std::optional<std::int64_t> offset;  // unset when `error` says why
    std::string error;
};

// The offsets of `partitions` (empty: every partition) of each of `topics`, sorted by
// topic then partition. A time after the last message answers the end (the high
// watermark), where a consumer starting at that time would start. A missing topic or
// partition is a not-found Error.
std::vector<PartitionOffset> partition_offsets(Admin& admin, const std::vector<std::string>& topics,
                                               const std::vector<std::int32_t>& partitions,
                                               const OffsetQuery& query);

}  // namespace kfk
