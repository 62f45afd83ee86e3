#include "kfk/group/reset_target.hpp"

#include <charconv>
#include <optional>

#include "kfk/error.hpp"
#include "kfk/time_spec.hpp"

namespace kfk {

namespace {

constexpr const char* target_hint =
    "earliest|beginning, latest|end, OFFSET, @TIMESTAMP, @-DURATION or shift:+N/shift:-N";

[[noreturn]] void bad_target(std::string_view text, std::string_view why = "not a reset target") {
    throw_usage("--to", "'" + std::string(text) + "' is " + std::string(why), target_hint);
}

// All of `digits` as a non-negative number; nullopt for anything else (also overflow).
std::optional<std::int64_t> whole_number(std::string_view digits) {
    std::int64_t value = 0;
    if (digits.empty() || digits.front() == '-' || digits.front() == '+') return std::nullopt;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return value;
}

}  // namespace

ResetTarget parse_reset_target(std::string_view text, std::chrono::system_clock::time_point now) {
    using Kind = ResetTarget::Kind;
    // Kafka's words and kfk's (--from, --until, --at) are synonyms here too.
    if (text == "earliest" || text == "beginning") return {Kind::earliest, 0};
    if (text == "latest" || text == "end") return {Kind::latest, 0};
    if (text.starts_with('@')) return {Kind::timestamp, parse_time_spec(text, now, "--to")};
    if (text.starts_with("shift:")) {
        std::string_view amount = text.substr(6);
        bool negative = false;
        if (!amount.empty() && (amount.front() == '+' || amount.front() == '-')) {
            negative = amount.front() == '-';
            amount.remove_prefix(1);
        }
        const auto n = whole_number(amount);
        if (!n) bad_target(text, "not a shift by a whole number");
        return {Kind::shift, negative ? -*n : *n};
    }
    if (text.starts_with('-')) bad_target(text, "a negative offset");
    if (const auto n = whole_number(text)) return {Kind::offset, *n};
    bad_target(text);
}

std::string to_string(const ResetTarget& target) {
    switch (target.kind) {
        case ResetTarget::Kind::earliest:
            return "earliest";
        case ResetTarget::Kind::latest:
            return "latest";
        case ResetTarget::Kind::offset:
            return "offset " + std::to_string(target.value);
        case ResetTarget::Kind::timestamp:
            return "@" + std::to_string(target.value);
        case ResetTarget::Kind::from_file:
            return "file";
        case ResetTarget::Kind::shift:
            return "shift " + std::string(target.value >= 0 ? "+" : "") +
                   std::to_string(target.value);
    }
    return {};
}

}  // namespace kfk
