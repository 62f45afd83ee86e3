#include "kfk/group/lag_sort.hpp"

#include <algorithm>
#include <tuple>

namespace kfk {

namespace {

// -1 for unknown, so that unknown sorts after every known value.
std::int64_t key_of(const std::optional<std::int64_t>& value) { return value.value_or(-1); }

}  // namespace

std::optional<LagSort> parse_lag_sort(std::string_view text) {
    if (text == "lag") return LagSort::lag;
    if (text == "time") return LagSort::time;
    return std::nullopt;
}

void sort_lag(GroupLag& group, LagSort by) {
    if (by == LagSort::name) return;
    auto partition_key = [by](const PartitionLag& p) {
        return key_of(by == LagSort::lag ? p.lag : p.lag_ms);
    };
    for (TopicLag& t : group.topics) {
        std::stable_sort(t.partitions.begin(), t.partitions.end(),
                         [&](const PartitionLag& a, const PartitionLag& b) {
                             return partition_key(a) > partition_key(b);
                         });
    }
    std::stable_sort(
        group.topics.begin(), group.topics.end(), [by](const TopicLag& a, const TopicLag& b) {
            return by == LagSort::lag ? a.lag > b.lag : key_of(a.max_lag_ms) > key_of(b.max_lag_ms);
        });
}

}  // namespace kfk
