#include "kfk/schema/message_decoder.hpp"

#include "kfk/consume/message_json.hpp"
#include "kfk/error.hpp"

namespace kfk {

MessageDecoder::MessageDecoder(const RegistryConfig& registry, const DecodeSettings& settings)
    : on_error_(settings.on_error) {
    if (settings.key)
        key_ = std::make_unique<ModuleDecoder>(registry, *settings.key, settings.unions);
    if (settings.value)
        value_ = std::make_unique<ModuleDecoder>(registry, *settings.value, settings.unions);
}

std::optional<DecodedPart> MessageDecoder::decode_part(ModuleDecoder& decoder, const MessageView& m,
                                                       std::string_view part,
                                                       std::string_view bytes, bool& skip) {
    std::string why;
    std::optional<DecodedPart> decoded = decoder.decode(bytes, why);
    if (decoded) return decoded;
    if (on_error_ == OnDecodeError::fail) {
        throw Error(ExitCode::kafka_error,
                    "decode " + std::string(part) + " at " + std::string(m.topic) + " partition " +
                        std::to_string(m.partition) + " offset " + std::to_string(m.offset),
                    why, "--on-decode-error skip|raw passes such messages");
    }
    skip = skip || on_error_ == OnDecodeError::skip;
    return std::nullopt;
}

std::optional<DecodedMessage> MessageDecoder::decode(const MessageView& m) {
    DecodedMessage out;
    bool skip = false;
    if (key_ && m.key) out.key = decode_part(*key_, m, "key", *m.key, skip);
    if (value_ && m.value) out.value = decode_part(*value_, m, "value", *m.value, skip);
    if (skip) return std::nullopt;
    return out;
}

nlohmann::ordered_json MessageDecoder::to_json(const MessageView& m, const DecodedMessage& d) {
    nlohmann::ordered_json j = message_json(m);
    auto put = [&j](const std::string& name, const std::optional<DecodedPart>& part) {
        if (!part) return;
        j[name] = nlohmann::ordered_json::parse(part->json);
        j[name + "_encoding"] = "schema";
        j[name + "_schema_id"] = part->schema_id;
    };
    put("key", d.key);
    put("value", d.value);
    return j;
}

MessageView MessageDecoder::text_view(const MessageView& m, const DecodedMessage& d,
                                      std::string& key_text, std::string& value_text) {
    MessageView view = m;
    // The module's JSON text is already compact, as consume prints it.
    if (d.key) {
        key_text = d.key->json;
        view.key = key_text;
    }
    if (d.value) {
        value_text = d.value->json;
        view.value = value_text;
    }
    return view;
}

}  // namespace kfk
