#include "kfk/render/age_text.hpp"

namespace kfk {

std::string age_text(std::int64_t ms) {
    if (ms < 0) return "-" + age_text(-ms);
    if (ms < 1'000) return std::to_string(ms) + "ms";
    if (ms < 60'000) {
        const std::int64_t tenths = ms / 100;
        return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "s";
    }
    const std::int64_t s = ms / 1'000;
    if (s < 3'600) return std::to_string(s / 60) + "m" + std::to_string(s % 60) + "s";
    if (s < 86'400) return std::to_string(s / 3'600) + "h" + std::to_string(s % 3'600 / 60) + "m";
    return std::to_string(s / 86'400) + "d" + std::to_string(s % 86'400 / 3'600) + "h";
}

std::string age_text(const std::optional<std::int64_t>& ms) { return ms ? age_text(*ms) : "-"; }

}  // namespace kfk
