#pragma once
// A lag bound given either as a message count ("10000") or as a time ("5m"), as
// `group list --lag-above` (and `group wait --lag-below`) take it.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

namespace kfk {

struct LagThreshold {
    // Messages, or a lag in time.
    std::variant<std::int64_t, std::chrono::milliseconds> bound;

    bool is_time() const { return std::holds_alternative<std::chrono::milliseconds>(bound); }

    // Whether a lag of `messages` / `lag_ms` is above the bound. An unknown value is
    // never above it.
    bool exceeded_by(std::optional<std::int64_t> messages,
                     std::optional<std::int64_t> lag_ms) const;
};

// A bare number is a count of messages (not seconds, unlike other durations); anything
// else must be a duration. Throws a usage Error naming `flag` otherwise.
LagThreshold parse_lag_threshold(std::string_view text, std::string_view flag);

}  // namespace kfk
