#pragma once
// Data loss: unread messages that retention deleted (the committed offset is below the
// low watermark: `lost`, with the count) or is about to delete (the oldest unread
// message expires within the risk window: `at_risk`).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kfk/group/partition_lag.hpp"
#include "kfk/topic/topic_config.hpp"

namespace kfk {

// retention.ms when time-based deletion applies to a topic (cleanup.policy includes
// delete and retention.ms is not -1); none otherwise.
std::optional<std::int64_t> time_retention_ms(const std::vector<ConfigEntry>& configs);

// Sets loss, lost and retention_left_ms from committed, low, lag_ms and the topic's
// retention. `risk_below` (none: 10% of retention.ms) is the window that makes a
// partition at_risk. Kafka deletes whole segments, so the time left is the earliest
// the oldest unread message can go, not a promise that it goes then.
void assess_loss(PartitionLag& p, std::optional<std::int64_t> retention_ms,
                 std::optional<std::chrono::milliseconds> risk_below);

// "ok", "at_risk", "lost" (JSON), and the order in which they are worse.
std::string_view to_string(LossState state);

// True when any of `partitions` is at least as bad as `state`.
bool any_at_least(const std::vector<PartitionLag>& partitions, LossState state);

}  // namespace kfk
