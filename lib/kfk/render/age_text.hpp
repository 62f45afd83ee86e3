#pragma once
// Durations as a table cell: short, two units at most ("850ms", "12.4s", "10m3s",
// "2h15m", "3d4h"); precision where it matters to a person reading lag.

#include <cstdint>
#include <optional>
#include <string>

namespace kfk {

std::string age_text(std::int64_t ms);

// age_text, or "-" when unknown.
std::string age_text(const std::optional<std::int64_t>& ms);

}  // namespace kfk
