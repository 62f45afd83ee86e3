#pragma once
// consume --decode: turns a consumed message's schema-framed key and/or value into JSON.
// In `-o jsonl/json` the decoded object replaces the string in "value" (or "key"),
// with "value_schema_id": N and "value_encoding": "schema" beside it; text output and
// -f print the decoded value as compact JSON. What does not decode is handled as
// --on-decode-error says: fail (an Error naming partition and offset), skip the
// message, or raw (the bytes as without --decode). The decoding itself happens in the
// schema module (module_codecs.hpp), loaded when the decoder is made.

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "kfk/consume/message_view.hpp"
#include "kfk/schema/module_codecs.hpp"

namespace kfk {

enum class OnDecodeError { fail, skip, raw };

struct DecodeSettings {
    std::optional<SchemaFormat> key;
    std::optional<SchemaFormat> value;
    AvroUnions unions = AvroUnions::plain;
    OnDecodeError on_error = OnDecodeError::fail;
};

struct DecodedMessage {
    std::optional<DecodedPart> key;    // nullopt: shown as without --decode
    std::optional<DecodedPart> value;  // nullopt: shown as without --decode
};

class MessageDecoder {
public:
    MessageDecoder(const RegistryConfig& registry, const DecodeSettings& settings);

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
    std::optional<DecodedPart> decode_part(ModuleDecoder& decoder, const MessageView& message,
                                           std::string_view part, std::string_view bytes,
                                           bool& skip);

    OnDecodeError on_error_;
    std::unique_ptr<ModuleDecoder> key_;
    std::unique_ptr<ModuleDecoder> value_;
};

}  // namespace kfk
