#include "suggest.hpp"

#include <algorithm>
#include <vector>

namespace kfk::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Three rows of the dynamic-programming table: two back for the swap case.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[b.size()];
}

std::optional<std::string> closest(std::string_view typed,
                                   std::span<const std::string> candidates) {
    const auto stripped = [](std::string_view word) {
        while (!word.empty() && word.front() == '-') word.remove_prefix(1);
        return word;
    };
    const std::string_view core = stripped(typed);
    if (core.empty()) return std::nullopt;
    const std::size_t limit = std::max<std::size_t>(1, core.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const std::string& candidate : candidates) {
        const std::string_view other = stripped(candidate);
        const std::size_t distance = edit_distance(core, other);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view typed, std::span<const std::string> candidates) {
    const auto match = closest(typed, candidates);
    return match ? "; did you mean '" + *match + "'?" : "";
}

}  // namespace kfk::cli
