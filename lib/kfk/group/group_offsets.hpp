#pragma once
// A group's committed offsets as `group offsets` prints them and `group reset
// --from-file` reads them back: {"group": G, "offsets": [{"topic", "partition",
// "offset"}]}. Pure: building from lag, and parsing a file.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/group/partition_lag.hpp"

namespace kfk {

struct CommittedOffset {
    std::string topic;
    std::int32_t partition = -1;
    std::int64_t offset = 0;

    bool operator==(const CommittedOffset&) const = default;
};

struct GroupOffsets {
    std::string group;
    std::vector<CommittedOffset> offsets;  // by topic and partition
};

// The committed offsets in `lag` (partitions without one are left out).
GroupOffsets group_offsets(const GroupLag& lag);

// Parses the JSON `group offsets -o json` writes; `source` names the file in errors
// (usage errors: a malformed file, a negative offset, a partition named twice). The
// group in the file is kept but need not be the one reset.
GroupOffsets parse_group_offsets(std::string_view text, const std::string& source);

}  // namespace kfk
