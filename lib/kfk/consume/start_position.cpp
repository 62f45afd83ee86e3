#include "kfk/consume/start_position.hpp"

#include <charconv>
#include <string>

#include "kfk/error.hpp"
#include "kfk/time_spec.hpp"

namespace kfk {

namespace {

bool parse_count(std::string_view digits, std::int64_t& out) {
    if (digits.empty()) return false;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return ec == std::errc() && end == digits.data() + digits.size() && out >= 0;
}

}  // namespace

StartPosition parse_start_position(std::string_view text, std::chrono::system_clock::time_point now,
                                   std::string_view flag) {
    using Kind = StartPosition::Kind;
    if (text == "beginning" || text == "earliest") return {Kind::beginning, 0};
    if (text == "end" || text == "latest") return {Kind::end, 0};
    if (text == "stored") return {Kind::stored, 0};
    if (!text.empty() && text.front() == '@') {
        return {Kind::timestamp, parse_time_spec(text, now, flag)};
    }
    std::int64_t n = 0;
    if (!text.empty() && text.front() == '-' && parse_count(text.substr(1), n))
        return {Kind::from_end, n};
    if (parse_count(text, n)) return {Kind::absolute, n};
    throw_usage(std::string(flag), "invalid position '" + std::string(text) + "'",
                "use beginning, end, stored, N, -N, @TIMESTAMP (ms or RFC 3339) or @-DURATION");
}

}  // namespace kfk
