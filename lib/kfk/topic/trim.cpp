#include "kfk/topic/trim.hpp"

#include <algorithm>
#include <charconv>

#include "kfk/error.hpp"
#include "kfk/time_spec.hpp"

namespace kfk {

TrimTarget parse_trim_target(std::string_view text, std::chrono::system_clock::time_point now) {
    using Kind = TrimTarget::Kind;
    if (text == "end" || text == "latest") return {Kind::end, 0};
    if (text.starts_with('@')) return {Kind::timestamp, parse_time_spec(text, now, "--before")};
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < 0) {
        throw_usage("--before", "'" + std::string(text) + "' is not an offset, a time or end",
                    "OFFSET, @TIMESTAMP, @-DURATION or end");
    }
    return {Kind::offset, value};
}

std::string to_string(const TrimTarget& target) {
    switch (target.kind) {
        case TrimTarget::Kind::offset:
            return "offset " + std::to_string(target.value);
        case TrimTarget::Kind::timestamp:
            return "@" + std::to_string(target.value);
        case TrimTarget::Kind::end:
            return "end";
    }
    return {};
}

TrimPlan plan_trim(std::string topic, const TrimTarget& target, std::vector<TrimInput> inputs) {
    std::sort(inputs.begin(), inputs.end(),
              [](const TrimInput& a, const TrimInput& b) { return a.partition < b.partition; });
    TrimPlan plan{std::move(topic), target, {}, false};
    for (const TrimInput& in : inputs) {
        std::int64_t to = in.high;
        if (target.kind == TrimTarget::Kind::offset) to = target.value;
        if (target.kind == TrimTarget::Kind::timestamp) to = in.offset_at_time.value_or(in.high);
        // Records before the log start are gone already, and Kafka refuses to delete
        // past the high watermark.
        plan.partitions.push_back({in.partition, in.low, std::clamp(to, in.low, in.high), in.high});
    }
    return plan;
}

}  // namespace kfk
