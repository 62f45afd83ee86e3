#pragma once
// Records as JSON lines, both ways. Encoding is exactly consume's `-o jsonl` object
// (kfk/consume/message_json.hpp): bytes that are not valid UTF-8 become base64 with a
// "*_encoding": "base64" marker, null stays null, headers keep order and duplicates.
// Decoding reads that shape back; fields it does not know are ignored, so a line that
// consume wrote always decodes.

#include <optional>
#include <string>
#include <string_view>

#include "kfk/codec/record.hpp"

namespace kfk {

// One compact JSON object, no trailing newline.
std::string encode_record_json(const Record& record);

// Parses one line into `out` (every field reset first). Returns nullopt on success, or
// what is wrong with the line ("value_encoding must be \"base64\"", "syntax error ...").
// Accepted: topic, partition, offset, timestamp, timestamp_type, key, key_encoding,
// value, value_encoding, headers: [{key, value, value_encoding}]; all optional.
std::optional<std::string> decode_record_json(std::string_view line, Record& out);

}  // namespace kfk
