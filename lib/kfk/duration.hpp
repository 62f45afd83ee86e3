#pragma once
// Durations as users type them: "500ms", "10s", "15m", "1h30m", "2d". A bare number
// means seconds, as in most CLI timeouts.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kfk {

// nullopt when `text` is not a duration (empty, unknown unit, overflow).
std::optional<std::chrono::milliseconds> try_parse_duration(std::string_view text);

// Throws a usage Error naming `flag` when `text` is not a duration.
std::chrono::milliseconds parse_duration(std::string_view text, std::string_view flag);

// An exact spelling that parses back: 1500ms -> "1s500ms", 60000ms -> "1m", 250ms -> "250ms".
std::string format_duration(std::chrono::milliseconds duration);

}  // namespace kfk
