#pragma once
// Confluent's framing of a schema-encoded message: magic byte 0, the schema id as 4
// bytes big-endian, for Protobuf the message-index path (zigzag varints: the count, then
// each index; the common [0] is the single byte 0), then the payload.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kfk {

struct Framed {
    std::int32_t id = 0;
    std::string_view rest;  // the payload (Protobuf: message indexes first)
};

// The id and what follows, or a message saying why `bytes` is not framed
// ("not schema-framed: first byte 0x7b, not 0").
std::optional<Framed> unframe(std::string_view bytes, std::string& why);

// Reads Protobuf's message-index path from the front of `rest`; nullopt when truncated.
std::optional<std::vector<std::int32_t>> read_message_indexes(std::string_view& rest);

// Magic byte and id.
std::string frame_header(std::int32_t id);

// The message-index path as written before a Protobuf payload ([0] → "\0").
std::string message_indexes(const std::vector<std::int32_t>& path);

}  // namespace kfk
