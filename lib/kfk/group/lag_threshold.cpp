#include "kfk/group/lag_threshold.hpp"

#include <algorithm>
#include <charconv>
#include <string>

#include "kfk/duration.hpp"
#include "kfk/error.hpp"

namespace kfk {

bool LagThreshold::exceeded_by(std::optional<std::int64_t> messages,
                               std::optional<std::int64_t> lag_ms) const {
    if (const auto* count = std::get_if<std::int64_t>(&bound))
        return messages && *messages > *count;
    const auto time = std::get<std::chrono::milliseconds>(bound);
    return lag_ms && *lag_ms > time.count();
}

LagThreshold parse_lag_threshold(std::string_view text, std::string_view flag) {
    if (text.starts_with('-'))
        throw_usage(std::string(flag), "'" + std::string(text) + "' is negative",
                    "a message count of at least 0 or a duration, e.g. 10000 or 5m");
    const bool digits = !text.empty() && std::all_of(text.begin(), text.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; });
    if (digits) {
        std::int64_t count = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
        if (ec != std::errc() || end != text.data() + text.size())
            throw_usage(std::string(flag), "'" + std::string(text) + "' is too large");
        return {count};
    }
    if (auto time = try_parse_duration(text)) return {*time};
    throw_usage(std::string(flag),
                "'" + std::string(text) + "' is neither a message count nor a duration",
                "e.g. 10000 or 5m");
}

}  // namespace kfk
