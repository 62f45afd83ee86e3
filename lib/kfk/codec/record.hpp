#pragma once
// A Kafka record with owned bytes: what `produce --input json` reads and what
// `consume -o jsonl` writes, so one topic can be copied to another losslessly.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kfk/consume/message_view.hpp"

namespace kfk {

struct Header {
    std::string key;
    std::optional<std::string> value;  // nullopt: a null header value
    bool operator==(const Header&) const = default;
};

struct Record {
    std::string topic;
    std::int32_t partition = -1;            // -1: none given (the partitioner decides)
    std::int64_t offset = -1;               // -1: not yet written
    std::optional<std::int64_t> timestamp;  // ms since the epoch
    TimestampType timestamp_type = TimestampType::not_available;
    std::optional<std::string> key;    // nullopt: null key
    std::optional<std::string> value;  // nullopt: null value (a tombstone)
    std::vector<Header> headers;       // in order, duplicates kept
    bool operator==(const Record&) const = default;
};

// A view of `record` for the formatters; valid while `record` lives unchanged.
MessageView view_of(const Record& record);

}  // namespace kfk
