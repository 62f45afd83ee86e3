#include "kfk/produce/delivery_tally.hpp"

#include <algorithm>

namespace kfk {

void DeliveryTally::failed(std::int64_t line, const std::string& reason, bool possibly_persisted) {
    ++failed_;
    if (possibly_persisted) ++possibly_persisted_;
    // Few distinct reasons in practice: a linear search beats a map here.
    auto group = std::find_if(groups_.begin(), groups_.end(),
                              [&](const FailureGroup& g) { return g.reason == reason; });
    if (group == groups_.end()) group = groups_.insert(groups_.end(), FailureGroup{reason, {}});
    group->lines.push_back(line);
}

void DeliveryTally::failed_unsent(std::int64_t line, const std::string& reason) {
    ++failed_unsent_;
    failed(line, reason);
}

std::vector<FailureGroup> DeliveryTally::failures() const {
    std::vector<FailureGroup> out = groups_;
    for (FailureGroup& g : out) std::sort(g.lines.begin(), g.lines.end());
    return out;
}

std::string line_ranges(const std::vector<std::int64_t>& lines, std::size_t max_ranges) {
    std::string out;
    std::size_t ranges = 0;
    std::size_t i = 0;
    while (i < lines.size()) {
        std::size_t j = i;
        while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1) ++j;
        if (ranges == max_ranges) {
            out += ", ... (" + std::to_string(lines.size() - i) + " more)";
            break;
        }
        if (!out.empty()) out += ", ";
        out += std::to_string(lines[i]);
        if (j > i) out += "-" + std::to_string(lines[j]);
        ++ranges;
        i = j + 1;
    }
    return out;
}

}  // namespace kfk
