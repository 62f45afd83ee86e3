#include "kfk/group/reset_plan.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace kfk {

namespace {

// a + b without signed overflow (shift:-9223372036854775807 must not wrap).
std::int64_t saturating_add(std::int64_t a, std::int64_t b) {
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if (b > 0 && a > max - b) return max;
    if (b < 0 && a < min - b) return min;
    return a + b;
}

}  // namespace

std::int64_t reset_offset(const ResetTarget& target, const ResetInput& input) {
    std::int64_t wanted = input.low;
    switch (target.kind) {
        case ResetTarget::Kind::earliest:
            wanted = input.low;
            break;
        case ResetTarget::Kind::latest:
            wanted = input.high;
            break;
        case ResetTarget::Kind::offset:
            wanted = target.value;
            break;
        case ResetTarget::Kind::timestamp:
            wanted = input.offset_at_time.value_or(input.high);
            break;
        case ResetTarget::Kind::from_file:
            wanted = input.requested.value_or(input.low);
            break;
        case ResetTarget::Kind::shift:
            wanted = saturating_add(input.committed.value_or(input.high), target.value);
            break;
    }
    return std::clamp(wanted, input.low, std::max(input.low, input.high));
}

ResetPlan plan_reset(std::string group, const ResetTarget& target,
                     const std::vector<ResetInput>& inputs) {
    ResetPlan plan{std::move(group), target, {}, false};
    for (const ResetInput& in : inputs) {
        plan.partitions.push_back({in.topic, in.partition, in.committed, reset_offset(target, in)});
    }
    std::sort(plan.partitions.begin(), plan.partitions.end(),
              [](const PlannedOffset& a, const PlannedOffset& b) {
                  return std::tie(a.topic, a.partition) < std::tie(b.topic, b.partition);
              });
    return plan;
}

}  // namespace kfk
