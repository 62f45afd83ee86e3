#include "kfk/duration.hpp"

#include <array>
#include <cstdint>
#include <limits>

#include "kfk/error.hpp"

namespace kfk {

namespace {

struct Unit {
    std::string_view suffix;
    std::int64_t millis;
};
// Longest suffix first so that "ms" is not read as "m" followed by garbage.
constexpr std::array<Unit, 5> units{
    {{"ms", 1}, {"s", 1000}, {"m", 60'000}, {"h", 3'600'000}, {"d", 86'400'000}}};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<std::chrono::milliseconds> try_parse_duration(std::string_view text) {
    if (text.empty()) return std::nullopt;
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    std::int64_t total = 0;
    std::size_t pos = 0;
    bool any_unit = false;
    while (pos < text.size()) {
        if (!is_digit(text[pos])) return std::nullopt;
        std::int64_t number = 0;
        while (pos < text.size() && is_digit(text[pos])) {
            const int digit = text[pos] - '0';
            if (number > (max - digit) / 10) return std::nullopt;
            number = number * 10 + digit;
            ++pos;
        }
        std::int64_t scale = 0;
        if (pos == text.size()) {
            if (any_unit) return std::nullopt;  // "1m30" is ambiguous: refuse it
            scale = 1000;                       // a bare number is seconds
        } else {
            for (const Unit& unit : units) {
                if (text.substr(pos, unit.suffix.size()) == unit.suffix) {
                    scale = unit.millis;
                    pos += unit.suffix.size();
                    break;
                }
            }
            if (scale == 0) return std::nullopt;
            any_unit = true;
        }
        if (number > (max - total) / scale) return std::nullopt;
        total += number * scale;
    }
    return std::chrono::milliseconds(total);
}

std::chrono::milliseconds parse_duration(std::string_view text, std::string_view flag) {
    if (auto parsed = try_parse_duration(text)) return *parsed;
    throw_usage(std::string(flag), "invalid duration '" + std::string(text) + "'",
                "use e.g. 500ms, 10s, 5m, 1h30m");
}

std::string format_duration(std::chrono::milliseconds duration) {
    // Units from hours down, each only when non-zero, so that the text parses back.
    std::int64_t ms = duration.count();
    if (ms == 0) return "0s";
    std::string out;
    for (const Unit& unit : {units[4], units[3], units[2], units[1], units[0]}) {
        if (unit.suffix == "d") continue;  // "36h" reads better than "1d12h"
        if (ms >= unit.millis) {
            out += std::to_string(ms / unit.millis) + std::string(unit.suffix);
            ms %= unit.millis;
        }
    }
    return out;
}

}  // namespace kfk
