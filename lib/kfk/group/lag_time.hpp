#pragma once
// Lag in time: how old the next message a group will read is. Per lagging partition one
// small fetch at each offset a group resumes from (all partitions in parallel on one
// consumer handle, within the deadline); a caught-up partition is 0 without a fetch.

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/client/message_peek.hpp"
#include "kfk/deadline.hpp"
#include "kfk/group/partition_lag.hpp"

namespace kfk {

// Where a lagging row's group will read next: the committed offset, or the low watermark
// when retention deleted the committed one. None without lag, or when the committed
// offset or high watermark is unknown.
std::optional<std::int64_t> next_read_offset(const PartitionLag& row);

// One peek of many partitions, each at one offset, and what it read.
struct PeekRound {
    std::map<PartitionKey, std::int64_t> offsets;
    PeekResult peeked;
};

// The next-read offsets of `rows` in rounds of one offset per partition: groups that read
// the same partition may resume from different offsets, and a consumer reads a partition
// at one position at a time. As many rounds as the most distinct offsets of a partition.
std::vector<std::map<PartitionKey, std::int64_t>> peek_rounds(
    const std::vector<PartitionLag*>& rows);

// Sets lag_ms (now - timestamp of the message peeked at the row's own next-read offset,
// never below 0; 0 when caught up) or, when it cannot be known, lag_ms_reason. Pure:
// `now_ms` is the caller's clock.
void apply_lag_times(const std::vector<PartitionLag*>& rows, const std::vector<PeekRound>& rounds,
                     std::int64_t now_ms);

// Both steps with one fetch per lagging partition and offset, bounded by `deadline`:
// fills lag_ms on every row (low should be filled first so that trimmed partitions can
// be read).
void fill_lag_times(const ClientConfig& config, const std::vector<PartitionLag*>& rows,
                    const Deadline& deadline);

// Milliseconds since the epoch on the system clock (timestamps are epoch times).
std::int64_t epoch_now_ms();

}  // namespace kfk
