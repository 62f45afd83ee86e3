#include "kfk/group/partition_lag.hpp"

#include <algorithm>
#include <tuple>

namespace kfk {

std::optional<std::int64_t> lag_between(std::optional<std::int64_t> committed,
                                        std::optional<std::int64_t> high) {
    if (!committed || !high) return std::nullopt;
    return std::max<std::int64_t>(0, *high - *committed);
}

std::int64_t total_lag(const std::vector<PartitionLag>& partitions) {
    std::int64_t total = 0;
    for (const PartitionLag& p : partitions) total += p.lag.value_or(0);
    return total;
}

std::optional<std::int64_t> max_lag_ms(const std::vector<PartitionLag>& partitions) {
    std::optional<std::int64_t> most;
    for (const PartitionLag& p : partitions) {
        if (p.lag_ms && (!most || *p.lag_ms > *most)) most = p.lag_ms;
    }
    return most;
}

GroupLag group_lag(std::string group, std::string state, std::vector<PartitionLag> partitions) {
    std::sort(partitions.begin(), partitions.end(),
              [](const PartitionLag& a, const PartitionLag& b) {
                  return std::tie(a.topic, a.partition) < std::tie(b.topic, b.partition);
              });
    GroupLag result{
        std::move(group), std::move(state), total_lag(partitions), max_lag_ms(partitions), {}};
    for (PartitionLag& p : partitions) {
        if (result.topics.empty() || result.topics.back().topic != p.topic)
            result.topics.push_back({p.topic, 0, std::nullopt, {}});
        TopicLag& topic = result.topics.back();
        topic.lag += p.lag.value_or(0);
        topic.partitions.push_back(std::move(p));
    }
    for (TopicLag& topic : result.topics) topic.max_lag_ms = max_lag_ms(topic.partitions);
    return result;
}

}  // namespace kfk
