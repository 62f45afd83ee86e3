#include "kfk/top/top_rates.hpp"

#include <algorithm>

namespace kfk {

namespace {

using Highs = std::map<std::int32_t, std::int64_t>;

// Per partition growth between two samples (partitions present in both).
std::map<std::int32_t, std::int64_t> growth(const Highs& before, const Highs& after) {
    std::map<std::int32_t, std::int64_t> out;
    for (const auto& [partition, high] : after) {
        auto old = before.find(partition);
        if (old != before.end()) out[partition] = std::max<std::int64_t>(0, high - old->second);
    }
    return out;
}

std::int64_t committed_sum(const GroupLag& g) {
    std::int64_t sum = 0;
    for (const TopicLag& t : g.topics) {
        for (const PartitionLag& p : t.partitions) sum += p.committed.value_or(0);
    }
    return sum;
}

const GroupLag* find_group(const TopSample& sample, const std::string& name) {
    for (const GroupLag& g : sample.groups)
        if (g.group == name) return &g;
    return nullptr;
}

// Messages produced during the interval on the partitions `g` has offsets for.
std::int64_t produced_for(const GroupLag& g, const TopSample& before, const TopSample& after) {
    std::int64_t produced = 0;
    for (const TopicLag& t : g.topics) {
        auto b = before.highs.find(t.topic);
        auto a = after.highs.find(t.topic);
        if (b == before.highs.end() || a == after.highs.end()) continue;
        const auto grown = growth(b->second, a->second);
        for (const PartitionLag& p : t.partitions) {
            if (auto it = grown.find(p.partition); it != grown.end()) produced += it->second;
        }
    }
    return produced;
}

}  // namespace

TopView top_view(const TopSample& before, const TopSample& after) {
    TopView view;
    view.epoch_ms = after.epoch_ms;
    view.interval_sec = std::chrono::duration<double>(after.at - before.at).count();
    const double dt = view.interval_sec > 0 ? view.interval_sec : 1;

    for (const auto& [topic, highs] : after.highs) {
        TopicFlow flow{topic, static_cast<int>(highs.size()), 0, std::nullopt, std::nullopt};
        if (auto old = before.highs.find(topic); old != before.highs.end()) {
            std::int64_t total = 0;
            std::int64_t busiest = 0;
            for (const auto& [partition, grown] : growth(old->second, highs)) {
                total += grown;
                busiest = std::max(busiest, grown);
            }
            flow.messages_per_sec = static_cast<double>(total) / dt;
            if (total > 0) flow.skew = static_cast<double>(busiest) / static_cast<double>(total);
        }
        if (auto size = after.message_bytes.find(topic); size != after.message_bytes.end())
            flow.bytes_per_sec = flow.messages_per_sec * static_cast<double>(size->second);
        else if (flow.messages_per_sec == 0)
            flow.bytes_per_sec = 0;
        view.topics.push_back(flow);
    }

    for (const GroupLag& g : after.groups) {
        GroupFlow flow;
        flow.group = g.group;
        flow.state = g.state;
        flow.lag = g.total_lag;
        flow.lag_ms = g.max_lag_ms;
        if (const GroupLag* old = find_group(before, g.group)) {
            const std::int64_t consumed =
                std::max<std::int64_t>(0, committed_sum(g) - committed_sum(*old));
            flow.consume_per_sec = static_cast<double>(consumed) / dt;
            flow.trend = g.total_lag > old->total_lag   ? LagTrend::rising
                         : g.total_lag < old->total_lag ? LagTrend::falling
                                                        : LagTrend::steady;
            const double drain =
                static_cast<double>(consumed - produced_for(g, before, after)) / dt;
            // A lag that neither drains nor grows has no ETA and is not falling behind.
            if (g.total_lag > 0 && drain > 0)
                flow.eta_sec = static_cast<double>(g.total_lag) / drain;
            else if (g.total_lag > 0 && drain < 0)
                flow.falling_behind = true;
        }
        view.groups.push_back(flow);
    }
    return view;
}

std::string_view to_string(LagTrend trend) {
    switch (trend) {
        case LagTrend::rising:
            return "rising";
        case LagTrend::falling:
            return "falling";
        case LagTrend::steady:
            break;
    }
    return "steady";
}

void sort_view(TopView& view, TopSort by) {
    auto by_topic = [by](const TopicFlow& a, const TopicFlow& b) {
        if (by != TopSort::name && a.messages_per_sec != b.messages_per_sec)
            return a.messages_per_sec > b.messages_per_sec;
        return a.topic < b.topic;
    };
    auto by_group = [by](const GroupFlow& a, const GroupFlow& b) {
        if (by == TopSort::lag && a.lag != b.lag) return a.lag > b.lag;
        if (by == TopSort::rate && a.consume_per_sec != b.consume_per_sec)
            return a.consume_per_sec > b.consume_per_sec;
        return a.group < b.group;
    };
    std::sort(view.topics.begin(), view.topics.end(), by_topic);
    std::sort(view.groups.begin(), view.groups.end(), by_group);
}

TopSort next_sort(TopSort by) {
    switch (by) {
        case TopSort::name:
            return TopSort::rate;
        case TopSort::rate:
            return TopSort::lag;
        case TopSort::lag:
            break;
    }
    return TopSort::name;
}

std::string_view to_string(TopSort by) {
    switch (by) {
        case TopSort::rate:
            return "rate";
        case TopSort::lag:
            return "lag";
        case TopSort::name:
            break;
    }
    return "name";
}

}  // namespace kfk
