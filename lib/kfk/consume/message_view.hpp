#pragma once
// A consumed message as the formatters see it: views into librdkafka's buffers, valid
// only until the message is destroyed, so formatting costs no copies.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kfk {

enum class TimestampType { not_available, create_time, log_append_time };

struct HeaderView {
    std::string_view key;
    std::optional<std::string_view> value;  // nullopt: a null header value
};

struct MessageView {
    std::string_view topic;
    std::int32_t partition = -1;
    std::int64_t offset = -1;
    std::int64_t timestamp = -1;  // ms since the epoch; -1 when not available
    TimestampType timestamp_type = TimestampType::not_available;
    std::optional<std::string_view> key;    // nullopt: null key
    std::optional<std::string_view> value;  // nullopt: null value (a tombstone)
    std::vector<HeaderView> headers;        // in order, duplicates kept
};

}  // namespace kfk
