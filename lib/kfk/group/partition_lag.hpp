#pragma once
// How far a consumer group is behind on each partition, and the sums that alerting
// wants. Pure data: the admin layer fills it, renderers draw it.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kfk {

// A partition named by topic and number; ordered so it can key a map.
using PartitionKey = std::pair<std::string, std::int32_t>;

// Whether unread messages are gone or about to go (see data_loss.hpp).
enum class LossState { ok, at_risk, lost };

struct PartitionLag {
    std::string topic;
    std::int32_t partition = -1;
    std::optional<std::int64_t> committed;  // none: the group never committed here
    std::optional<std::int64_t> high;       // none: the partition's leader did not answer
    std::optional<std::int64_t> lag;        // high - committed, when both are known
    // Lag in time: now minus the timestamp of the next message the group will read; 0
    // when caught up. None with the reason in lag_ms_reason (see lag_time.hpp).
    std::optional<std::int64_t> lag_ms;
    std::optional<std::string> lag_ms_reason;
    std::optional<std::int64_t> low;  // the oldest offset still in the log
    LossState loss = LossState::ok;
    std::int64_t lost = 0;  // messages deleted unread (low - committed) when loss is lost
    // Time before the oldest unread message is deleted by retention.ms; none when time
    // retention does not apply or nothing is unread.
    std::optional<std::int64_t> retention_left_ms;
    std::optional<std::string> member_id;  // the member it is assigned to, if any
    std::optional<std::string> client_id;
};

// high - committed, never below 0 (a committed offset can briefly run ahead of a
// high watermark read from another broker); none unless both are known.
std::optional<std::int64_t> lag_between(std::optional<std::int64_t> committed,
                                        std::optional<std::int64_t> high);

// The sum of the known lags.
std::int64_t total_lag(const std::vector<PartitionLag>& partitions);

struct TopicLag {
    std::string topic;
    std::int64_t lag = 0;                    // the sum over the topic's partitions
    std::optional<std::int64_t> max_lag_ms;  // the largest known lag_ms of its partitions
    std::vector<PartitionLag> partitions;
};

// One group's lag, topic by topic.
struct GroupLag {
    std::string group;
    std::string state;
    std::int64_t total_lag = 0;
    std::optional<std::int64_t> max_lag_ms;  // the largest known lag_ms of its partitions
    std::vector<TopicLag> topics;
};

// The largest known lag_ms of `partitions`; none when no partition's is known.
std::optional<std::int64_t> max_lag_ms(const std::vector<PartitionLag>& partitions);

// Groups `partitions` (in any order) by topic, sorted by topic and partition.
GroupLag group_lag(std::string group, std::string state, std::vector<PartitionLag> partitions);

}  // namespace kfk
