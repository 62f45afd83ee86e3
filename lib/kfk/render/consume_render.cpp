#include "kfk/render/consume_render.hpp"

#include <iomanip>
#include <sstream>

namespace kfk {

namespace {

std::string messages_text(std::int64_t n) {
    return std::to_string(n) + " message" + (n == 1 ? "" : "s");
}

}  // namespace

std::string human_bytes(std::int64_t bytes) {
    std::ostringstream out;
    if (bytes < 1024) {
        out << bytes << " B";
    } else {
        out << std::fixed << std::setprecision(1)
            << (bytes < (1 << 20) ? bytes / 1024.0 : bytes / 1048576.0)
            << (bytes < (1 << 20) ? " KiB" : " MiB");
    }
    return out.str();
}

std::string consume_summary_line(const ConsumeSummary& summary,
                                 const std::optional<std::string>& group) {
    std::ostringstream out;
    const bool short_of_fetched = summary.output_closed && summary.written < summary.messages;
    if (summary.filtered) {
        out << "scanned " << messages_text(summary.scanned) << ", matched " << summary.matched;
        if (summary.tailed) out << ", printed " << summary.messages;
    } else {
        out << (short_of_fetched ? "fetched " : "consumed ") << messages_text(summary.messages);
    }
    out << " (" << human_bytes(summary.bytes) << ") in " << std::fixed << std::setprecision(2)
        << static_cast<double>(summary.elapsed.count()) / 1000.0 << "s";
    // Only consume --decode drops messages (--on-decode-error skip).
    if (summary.dropped > 0) out << ", skipped " << summary.dropped << " that did not decode";
    if (short_of_fetched) {
        // A pipe's buffer takes what its reader never reads: `| head -1` stops after one
        // line, while the flushes that succeeded may have carried hundreds of messages.
        out << ", wrote " << summary.written << " before the output closed";
        if (group) {
            out << "; group " << *group << " committed "
                << (summary.written == 0   ? std::string("nothing")
                    : summary.written == 1 ? std::string("that one")
                                           : "those " + std::to_string(summary.written));
        }
    }
    return out.str();
}

}  // namespace kfk
