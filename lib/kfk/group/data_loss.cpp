#include "kfk/group/data_loss.hpp"

#include <algorithm>

namespace kfk {

namespace {

const ConfigEntry* find_entry(const std::vector<ConfigEntry>& configs, std::string_view name) {
    auto it = std::find_if(configs.begin(), configs.end(),
                           [&](const ConfigEntry& e) { return e.name == name; });
    return it == configs.end() ? nullptr : &*it;
}

}  // namespace

std::optional<std::int64_t> time_retention_ms(const std::vector<ConfigEntry>& configs) {
    const ConfigEntry* policy = find_entry(configs, "cleanup.policy");
    if (policy && policy->value && policy->value->find("delete") == std::string::npos)
        return std::nullopt;
    const ConfigEntry* retention = find_entry(configs, "retention.ms");
    if (!retention || !retention->value) return std::nullopt;
    try {
        const std::int64_t ms = std::stoll(*retention->value);
        return ms >= 0 ? std::optional(ms) : std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

void assess_loss(PartitionLag& p, std::optional<std::int64_t> retention_ms,
                 std::optional<std::chrono::milliseconds> risk_below) {
    p.loss = LossState::ok;
    p.lost = 0;
    p.retention_left_ms.reset();
    if (p.committed && p.low && *p.committed < *p.low) {
        p.loss = LossState::lost;
        p.lost = *p.low - *p.committed;
    }
    // The oldest unread message's age is lag_ms; it goes once its age reaches retention.
    if (!retention_ms || !p.lag_ms || p.lag.value_or(0) == 0) return;
    p.retention_left_ms = std::max<std::int64_t>(0, *retention_ms - *p.lag_ms);
    const std::int64_t window = risk_below ? risk_below->count() : *retention_ms / 10;
    if (p.loss == LossState::ok && *p.retention_left_ms < window) p.loss = LossState::at_risk;
}

std::string_view to_string(LossState state) {
    switch (state) {
        case LossState::ok:
            return "ok";
        case LossState::at_risk:
            return "at_risk";
        case LossState::lost:
            return "lost";
    }
    return "ok";
}

bool any_at_least(const std::vector<PartitionLag>& partitions, LossState state) {
    return std::any_of(partitions.begin(), partitions.end(), [&](const PartitionLag& p) {
        return static_cast<int>(p.loss) >= static_cast<int>(state);
    });
}

}  // namespace kfk
