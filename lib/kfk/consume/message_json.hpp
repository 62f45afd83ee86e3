#pragma once
// A consumed message as one JSON object (consume -o jsonl/json): topic, partition,
// offset, timestamp, timestamp_type, key, value, headers. A key, value or header value
// that is not valid UTF-8 is base64 with a "*_encoding": "base64" marker beside it;
// null stays null. `produce --input json` reads the same shape back.

#include <nlohmann/json.hpp>
#include <string>

#include "kfk/consume/message_view.hpp"

namespace kfk {

nlohmann::ordered_json message_json(const MessageView& message);

// One compact line (no trailing newline).
void append_message_json(const MessageView& message, std::string& out);

}  // namespace kfk
