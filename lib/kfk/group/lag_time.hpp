#pragma once
// Lag in time: how old the next message a group will read is. Per lagging partition one
// small fetch at the offset the group resumes from (all partitions in parallel on one
// consumer handle, within the deadline); a caught-up partition is 0 without a fetch.

#include <cstdint>
#include <map>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/client/message_peek.hpp"
#include "kfk/deadline.hpp"
#include "kfk/group/partition_lag.hpp"

namespace kfk {

// Where each lagging partition of `rows` will be read next: the committed offset, or
// the low watermark when retention deleted the committed one. Partitions without lag,
// or whose committed offset or high watermark is unknown, are left out.
std::map<PartitionKey, std::int64_t> next_read_offsets(const std::vector<PartitionLag*>& rows);

// Sets lag_ms (now - timestamp of the peeked message, never below 0; 0 when caught up)
// or, when it cannot be known, lag_ms_reason. Pure: `now_ms` is the caller's clock.
void apply_lag_times(const std::vector<PartitionLag*>& rows, const PeekResult& peeked,
                     std::int64_t now_ms);

// Both steps with one fetch per lagging partition, bounded by `deadline`: fills lag_ms
// on every row (low should be filled first so that trimmed partitions can be read).
void fill_lag_times(const ClientConfig& config, const std::vector<PartitionLag*>& rows,
                    const Deadline& deadline);

// Milliseconds since the epoch on the system clock (timestamps are epoch times).
std::int64_t epoch_now_ms();

}  // namespace kfk
