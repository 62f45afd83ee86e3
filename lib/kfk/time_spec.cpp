#include "kfk/time_spec.hpp"

#include <charconv>
#include <optional>
#include <string>

#include "kfk/duration.hpp"
#include "kfk/error.hpp"

namespace kfk {

namespace {

using namespace std::chrono;

// Epoch values with exactly ten digits: plainly seconds.
constexpr std::int64_t seconds_digits_low = 1'000'000'000;
constexpr std::int64_t seconds_digits_high = 10'000'000'000;

// Reads exactly `digits` decimal digits at `pos`.
std::optional<int> fixed_number(std::string_view s, std::size_t& pos, std::size_t digits) {
    if (pos + digits > s.size()) return std::nullopt;
    int value = 0;
    const auto [end, ec] = std::from_chars(s.data() + pos, s.data() + pos + digits, value);
    if (ec != std::errc() || end != s.data() + pos + digits) return std::nullopt;
    pos += digits;
    return value;
}

bool expect(std::string_view s, std::size_t& pos, std::string_view any_of) {
    if (pos >= s.size() || any_of.find(s[pos]) == std::string_view::npos) return false;
    ++pos;
    return true;
}

// Epoch milliseconds of a valid calendar date at midnight UTC.
std::optional<std::int64_t> midnight_utc(int y, int mo, int d) {
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)},
                              day{static_cast<unsigned>(d)}};
    if (!date.ok()) return std::nullopt;
    return duration_cast<milliseconds>(sys_days{date}.time_since_epoch()).count();
}

// RFC 3339: YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM), or a date alone (YYYY-MM-DD, which
// means midnight UTC). A time without a zone sets `missing` to say so.
std::optional<std::int64_t> parse_rfc3339(std::string_view s, const char*& missing) {
    std::size_t pos = 0;
    const auto y = fixed_number(s, pos, 4);
    if (!y || !expect(s, pos, "-")) return std::nullopt;
    const auto mo = fixed_number(s, pos, 2);
    if (!mo || !expect(s, pos, "-")) return std::nullopt;
    const auto d = fixed_number(s, pos, 2);
    if (d && pos == s.size()) return midnight_utc(*y, *mo, *d);
    if (!d || !expect(s, pos, "Tt ")) return std::nullopt;
    const auto h = fixed_number(s, pos, 2);
    if (!h || !expect(s, pos, ":")) return std::nullopt;
    const auto mi = fixed_number(s, pos, 2);
    if (!mi || !expect(s, pos, ":")) return std::nullopt;
    const auto sec = fixed_number(s, pos, 2);
    if (!sec) return std::nullopt;
    int millis = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int scale = 100;
        const std::size_t first = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            millis += (s[pos] - '0') * scale;  // digits past milliseconds are dropped
            scale /= 10;
            ++pos;
        }
        if (pos == first) return std::nullopt;
    }
    int offset_minutes = 0;
    if (expect(s, pos, "Zz")) {
        // UTC
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int sign = s[pos++] == '-' ? -1 : 1;
        const auto oh = fixed_number(s, pos, 2);
        if (!oh || !expect(s, pos, ":")) return std::nullopt;
        const auto om = fixed_number(s, pos, 2);
        if (!om || *oh > 23 || *om > 59) return std::nullopt;
        offset_minutes = sign * (*oh * 60 + *om);
    } else {
        // A time without a zone is ambiguous: say so rather than guess.
        if (pos == s.size()) missing = "a time zone is missing (add Z for UTC, or +01:00)";
        return std::nullopt;
    }
    if (pos != s.size()) return std::nullopt;
    const year_month_day date{year{*y}, month{static_cast<unsigned>(*mo)},
                              day{static_cast<unsigned>(*d)}};
    if (!date.ok() || *h > 23 || *mi > 59 || *sec > 60) return std::nullopt;
    const auto at = sys_days{date} + hours{*h} + minutes{*mi} + seconds{*sec} +
                    milliseconds{millis} - minutes{offset_minutes};
    return duration_cast<milliseconds>(at.time_since_epoch()).count();
}

}  // namespace

std::int64_t parse_time_spec(std::string_view text, system_clock::time_point now,
                             std::string_view flag) {
    const std::string_view spec =
        text.empty() || text.front() != '@' ? std::string_view{} : text.substr(1);
    const auto now_ms = duration_cast<milliseconds>(now.time_since_epoch()).count();
    const char* missing = nullptr;
    if (!spec.empty() && spec.front() == '-') {
        if (auto ago = try_parse_duration(spec.substr(1))) return now_ms - ago->count();
    } else if (!spec.empty() && spec.find_first_not_of("0123456789") == std::string_view::npos) {
        std::int64_t ms = 0;
        const auto [end, ec] = std::from_chars(spec.data(), spec.data() + spec.size(), ms);
        if (ec == std::errc() && end == spec.data() + spec.size()) {
            // Ten digits are epoch seconds (2001 to 2286); as milliseconds they would be
            // January 1970, which nobody means. Refuse rather than replay from 1970.
            if (ms >= seconds_digits_low && ms < seconds_digits_high) {
                throw_usage(
                    std::string(flag),
                    "'" + std::string(text) + "' looks like epoch seconds, not milliseconds",
                    "times are epoch milliseconds: use @" + std::string(spec) + "000");
            }
            return ms;
        }
    } else if (auto parsed = parse_rfc3339(spec, missing)) {
        return *parsed;
    }
    if (missing != nullptr) {
        throw_usage(std::string(flag), "invalid time '" + std::string(text) + "': " + missing,
                    "e.g. @2026-11-25T10:00:00Z, or a date alone for midnight UTC");
    }
    throw_usage(std::string(flag), "invalid time '" + std::string(text) + "'",
                "use @EPOCH_MS, @2026-11-25T10:00:00Z (RFC 3339), @2026-11-25 (midnight UTC) "
                "or @-15m");
}

}  // namespace kfk
