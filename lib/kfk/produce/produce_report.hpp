#pragma once
// The words kfk produce ends with, on stderr: the summary line, the failures by reason
// with their input lines, and the progress line shown on a terminal. Pure text, tested
// on hand-built summaries.

#include <string>
#include <vector>

#include "kfk/produce/producer.hpp"

namespace kfk {

// "delivered 1000 messages (97.7 KiB) to orders in 0.52s, 1923 msgs/s" and, when
// anything failed, ", 3 failed"; with acks=0 "sent ... (not acknowledged: --acks 0)".
std::string summary_line(const ProduceSummary& summary, const std::string& topic);

// One line per failure reason, at most `max_reasons`: "lines 4, 7-9: <reason>"; none
// when there is a single reason (failure_why says it).
std::vector<std::string> failure_lines(const ProduceSummary& summary, std::size_t max_reasons = 5);

// "3 of 10 messages not delivered (lines 4, 7-8)": the why of the final error, with
// ": <reason>" appended when every failure had the same reason.
std::string failure_why(const ProduceSummary& summary);

// "sent 120000, delivered 118000, 0 failed, 60000 msgs/s" for the live line.
std::string progress_line(const ProduceProgress& progress);

// 1023 -> "1023 B", 1536 -> "1.5 KiB", 3 MiB -> "3.0 MiB".
std::string format_bytes(std::int64_t bytes);

}  // namespace kfk
