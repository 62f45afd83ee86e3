#pragma once
// The line `kfk consume` ends with on stderr: how many messages, how many bytes, how long;
// and, when the output closed early (`| head`), how many of the fetched messages were
// written out, which with a group are the ones committed.

#include <optional>
#include <string>

#include "kfk/consume/consumer.hpp"

namespace kfk {

// "1.5 KiB", "12 B", "3.2 MiB".
std::string human_bytes(std::int64_t bytes);

// "consumed 3 messages (12 B) in 0.10s", or when fewer were written than fetched
// "fetched 1310 messages (...) in 0.05s, wrote 655 before the output closed; group G
// committed those 655".
std::string consume_summary_line(const ConsumeSummary& summary,
                                 const std::optional<std::string>& group);

}  // namespace kfk
