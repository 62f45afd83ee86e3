#pragma once
// Reads one message at a given offset of many partitions at once: the timestamp of the
// next message a group will read (lag in time), or the size of a recent message (kfk
// top's byte rate). One consumer handle, every partition assigned at its offset with a
// small fetch size, the answers taken as they arrive until the deadline.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "kfk/client/client_config.hpp"
#include "kfk/deadline.hpp"

namespace kfk {

struct PeekedMessage {
    std::int64_t offset = -1;                  // the message read (at or after the one asked)
    std::optional<std::int64_t> timestamp_ms;  // none: the message carries no timestamp
    std::size_t bytes = 0;                     // key + value + headers
};

struct PeekResult {
    // Partitions that answered in time.
    std::map<std::pair<std::string, std::int32_t>, PeekedMessage> messages;
    // Partitions that failed, with why ("offset out of range", ...). Partitions in
    // neither map did not answer before the deadline.
    std::map<std::pair<std::string, std::int32_t>, std::string> errors;
};

// The first message at or after each partition's offset. Never joins a group and never
// commits. Waits at most until `deadline`; an offset at the end of its partition gets
// no answer until the deadline, so callers ask only where a message is known to exist.
PeekResult peek_messages(
    const ClientConfig& config,
    const std::map<std::pair<std::string, std::int32_t>, std::int64_t>& offsets,
    const Deadline& deadline);

}  // namespace kfk
