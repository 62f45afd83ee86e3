#pragma once
// consume --decode: turns a consumed message's schema-framed key and/or value into JSON.
// In `-o jsonl/json` the decoded object replaces the string in "value" (or "key"),
// with "value_schema_id": N and "value_encoding": "schema" beside it; text output and
// -f print the decoded value as compact JSON. What does not decode is handled as
// --on-decode-error says: fail (an Error naming partition and offset), skip the
// message, or raw (the bytes as without --decode).

#include <memory>
#include <optional>
#include <string>

#include "kfk/consume/message_view.hpp"
#include "kfk/schema/value_codec.hpp"

namespace kfk {

enum class OnDecodeError { fail, skip, raw };

struct DecodeSettings {
    std::optional<SchemaFormat> key;
    std::optional<SchemaFormat> value;
    AvroUnions unions = AvroUnions::plain;
    OnDecodeError on_error = OnDecodeError::fail;
};

struct DecodedMessage {
    std::optional<DecodedValue> key;    // nullopt: shown as without --decode
    std::optional<DecodedValue> value;  // nullopt: shown as without --decode
};

class MessageDecoder {
public:
    MessageDecoder(std::shared_ptr<RegistryClient> registry, const DecodeSettings& settings);

    // The decoded parts; nullopt when the message is to be skipped. With `fail`, a part
    // that does not decode throws Error(kafka_error, "decode value at T/P offset O", why).
    // A null key or value (tombstone) stays null.
    std::optional<DecodedMessage> decode(const MessageView& message);

    // The consume JSON object of `message` with the decoded parts in place.
    static nlohmann::ordered_json to_json(const MessageView& message,
                                          const DecodedMessage& decoded);

    // `message` with its decoded parts as JSON text (kept alive in `key_text`/`value_text`).
    static MessageView text_view(const MessageView& message, const DecodedMessage& decoded,
                                 std::string& key_text, std::string& value_text);

private:
    std::optional<DecodedValue> decode_part(ValueDecoder& decoder, const MessageView& message,
                                            std::string_view part, std::string_view bytes,
                                            bool& skip);

    OnDecodeError on_error_;
    std::unique_ptr<ValueDecoder> key_;
    std::unique_ptr<ValueDecoder> value_;
};

}  // namespace kfk
