#pragma once
// What `kfk top` shows, computed from two samples: per topic the input rate in
// messages and bytes and how unevenly it spreads; per group the consume rate, lag and
// whether it is catching up. Pure, so it is tested on hand-made samples.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/top/top_sample.hpp"

namespace kfk {

struct TopicFlow {
    std::string topic;
    int partitions = 0;
    double messages_per_sec = 0;
    // messages/s times the size of a recent message; none before one was read.
    std::optional<double> bytes_per_sec;
    // The busiest partition's share of the interval's messages (1/partitions is even);
    // none when nothing arrived.
    std::optional<double> skew;
};

enum class LagTrend { rising, falling, steady };

struct GroupFlow {
    std::string group;
    std::string state;
    double consume_per_sec = 0;  // committed offsets advanced per second
    std::int64_t lag = 0;
    std::optional<std::int64_t> lag_ms;  // the largest lag in time
    LagTrend trend = LagTrend::steady;
    // Seconds to catch up at the current net drain rate (consume - produce on its
    // partitions); none when caught up or when falling behind.
    std::optional<double> eta_sec;
    bool falling_behind = false;  // lag > 0 and growing
};

struct TopView {
    std::int64_t epoch_ms = 0;
    double interval_sec = 0;
    std::vector<TopicFlow> topics;
    std::vector<GroupFlow> groups;
};

// The view of the interval from `before` to `after` (topics and groups of `after`).
TopView top_view(const TopSample& before, const TopSample& after);

std::string_view to_string(LagTrend trend);

enum class TopSort { name, rate, lag };

// Topics by descending rate and groups by descending lag (or both by name).
void sort_view(TopView& view, TopSort by);

// name -> rate -> lag -> name: what the s key steps through.
TopSort next_sort(TopSort by);
std::string_view to_string(TopSort by);

}  // namespace kfk
