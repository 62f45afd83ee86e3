#include "kfk/schema/module_codecs.hpp"

#include <nlohmann/json.hpp>

#include "kfk/schema/module_call.hpp"
#include "kfk/schema/record_encoder.hpp"
#include "kfk/schema/registry_config_json.hpp"

namespace kfk {

ModuleDecoder::ModuleDecoder(const RegistryConfig& registry, SchemaFormat format,
                             AvroUnions unions) {
    const nlohmann::json j{{"registry", registry_config_json(registry)},
                           {"format", schema_format_name(format)},
                           {"unions", avro_unions_name(unions)}};
    const std::string settings = j.dump();
    ModuleCall call;
    call.check(call.api.decoder_new(settings.data(), settings.size(), &handle_, &call.error));
}

ModuleDecoder::~ModuleDecoder() {
    if (handle_ != nullptr) schema_module().decoder_free(handle_);
}

std::optional<DecodedPart> ModuleDecoder::decode(std::string_view bytes, std::string& why) {
    ModuleCall call;
    DecodedPart out;
    if (call.check(call.api.decode(handle_, bytes.data(), bytes.size(), &call.text, &out.schema_id,
                                   &call.error)) == KFK_SCHEMA_MISFIT) {
        why = call.why();
        return std::nullopt;
    }
    out.json = call.bytes();
    return out;
}

ModuleEncoder::ModuleEncoder(const RegistryConfig& registry, const EncodeSettings& settings,
                             const std::string& topic) {
    nlohmann::json j{{"registry", registry_config_json(registry)},
                     {"part", settings.part == MessagePart::key ? "key" : "value"},
                     {"format", schema_format_name(settings.format)},
                     {"version", settings.version},
                     {"unions", avro_unions_name(settings.unions)},
                     {"topic", topic}};
    if (settings.schema_id) j["schema_id"] = *settings.schema_id;
    if (settings.subject) j["subject"] = *settings.subject;
    const std::string text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    ModuleCall call;
    call.check(call.api.encoder_new(text.data(), text.size(), &handle_, &call.error));
}

ModuleEncoder::~ModuleEncoder() {
    if (handle_ != nullptr) schema_module().encoder_free(handle_);
}

std::optional<std::string> ModuleEncoder::encode(std::string_view json, std::string& why) const {
    ModuleCall call;
    if (call.check(call.api.encode(handle_, json.data(), json.size(), &call.text, &call.error)) ==
        KFK_SCHEMA_MISFIT) {
        why = call.why();
        return std::nullopt;
    }
    return std::string(call.bytes());
}

}  // namespace kfk
