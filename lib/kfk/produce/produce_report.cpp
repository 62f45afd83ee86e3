#include "kfk/produce/produce_report.hpp"

#include <algorithm>
#include <cstdio>

namespace kfk {

namespace {

std::string plural(std::int64_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::int64_t per_second(std::int64_t count, std::chrono::milliseconds elapsed) {
    if (elapsed.count() <= 0) return count;
    return static_cast<std::int64_t>(static_cast<double>(count) * 1000.0 /
                                     static_cast<double>(elapsed.count()));
}

std::vector<std::int64_t> all_lines(const ProduceSummary& summary) {
    std::vector<std::int64_t> lines;
    for (const FailureGroup& g : summary.failures) {
        for (std::int64_t line : g.lines) {
            if (line > 0) lines.push_back(line);
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::string lines_phrase(const std::vector<std::int64_t>& lines) {
    return (lines.size() == 1 ? "line " : "lines ") + line_ranges(lines);
}

}  // namespace

std::string format_bytes(std::int64_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + " B";
    if (bytes < (1 << 20)) return fixed(static_cast<double>(bytes) / 1024.0, 1) + " KiB";
    if (bytes < (1LL << 30)) return fixed(static_cast<double>(bytes) / 1048576.0, 1) + " MiB";
    return fixed(static_cast<double>(bytes) / 1073741824.0, 2) + " GiB";
}

std::string summary_line(const ProduceSummary& s, const std::string& topic) {
    std::string line = (s.acknowledged ? "delivered " : "sent ") + plural(s.delivered, "message") +
                       " (" + format_bytes(s.bytes) + ") to " + topic + " in " +
                       fixed(static_cast<double>(s.elapsed.count()) / 1000.0, 2) + "s, " +
                       std::to_string(per_second(s.delivered, s.elapsed)) + " msgs/s";
    if (!s.acknowledged) line += " (not acknowledged: --acks 0)";
    if (s.failed > 0) line += ", " + std::to_string(s.failed) + " failed";
    if (s.possibly_persisted > 0)
        line += " (" + std::to_string(s.possibly_persisted) + " may have been delivered)";
    if (s.skipped_empty > 0) line += ", " + plural(s.skipped_empty, "empty line") + " skipped";
    if (s.skipped_invalid > 0)
        line += ", " + plural(s.skipped_invalid, "invalid line") + " skipped";
    if (s.interrupted) line += ", interrupted";
    return line;
}

std::vector<std::string> failure_lines(const ProduceSummary& summary, std::size_t max_reasons) {
    std::vector<std::string> out;
    if (summary.failures.size() == 1) return out;  // failure_why carries the one reason
    for (const FailureGroup& g : summary.failures) {
        if (out.size() == max_reasons) {
            out.push_back("... and " + std::to_string(summary.failures.size() - max_reasons) +
                          " more reasons");
            break;
        }
        std::vector<std::int64_t> known;
        for (std::int64_t line : g.lines) {
            if (line > 0) known.push_back(line);
        }
        const std::int64_t unknown = static_cast<std::int64_t>(g.lines.size() - known.size());
        std::string where = known.empty() ? "" : lines_phrase(known);
        if (unknown > 0) where += (where.empty() ? "" : " and ") + plural(unknown, "message");
        out.push_back(where + ": " + g.reason);
    }
    return out;
}

std::string failure_why(const ProduceSummary& s) {
    const std::int64_t total = s.delivered + s.failed;
    std::string why =
        std::to_string(s.failed) + " of " + plural(total, "message") + " not delivered";
    const std::vector<std::int64_t> lines = all_lines(s);
    if (!lines.empty()) why += " (" + lines_phrase(lines) + ")";
    // One reason for all: said here, so a single failure is a single line of stderr.
    if (s.failures.size() == 1) why += ": " + s.failures.front().reason;
    return why;
}

std::string progress_line(const ProduceProgress& p) {
    return "sent " + std::to_string(p.sent) + ", delivered " + std::to_string(p.delivered) + ", " +
           std::to_string(p.failed) + " failed, " +
           std::to_string(per_second(p.delivered, p.elapsed)) + " msgs/s";
}

}  // namespace kfk
