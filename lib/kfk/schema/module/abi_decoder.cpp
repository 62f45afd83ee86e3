// The decoder handle behind consume --decode: one ValueDecoder (a codec per schema id,
// cached) per message part, with its own registry client over HTTP.

#include <memory>
#include <nlohmann/json.hpp>

#include "abi_guard.hpp"
#include "kfk/schema/registry_config_json.hpp"
#include "kfk/schema/registry_http.hpp"
#include "kfk/schema/value_codec.hpp"

struct kfk_schema_decoder {
    std::unique_ptr<kfk::ValueDecoder> decoder;
};

extern "C" int kfk_schema_decoder_new(const char* settings, size_t settings_size,
                                      kfk_schema_decoder** decoder, kfk_schema_error* error) {
    return kfk::schema_module::guarded(error, [&]() -> int {
        const auto j = nlohmann::json::parse(std::string_view(settings, settings_size));
        auto registry = std::make_shared<kfk::RegistryClient>(
            kfk::registry_config_from_json(j.at("registry")), kfk::registry_http_call);
        const auto format = kfk::parse_schema_format(j.at("format").get<std::string>());
        const auto unions = kfk::parse_avro_unions(j.at("unions").get<std::string>());
        auto made = std::make_unique<kfk_schema_decoder>();
        made->decoder = std::make_unique<kfk::ValueDecoder>(
            std::move(registry), format.value_or(kfk::SchemaFormat::automatic), unions);
        *decoder = made.release();
        return KFK_SCHEMA_OK;
    });
}

extern "C" int kfk_schema_decode(kfk_schema_decoder* decoder, const char* bytes, size_t size,
                                 kfk_schema_text* json, int32_t* schema_id,
                                 kfk_schema_error* error) {
    return kfk::schema_module::guarded(error, [&]() -> int {
        std::string why;
        const auto decoded = decoder->decoder->decode(std::string_view(bytes, size), why);
        if (!decoded) return kfk::schema_module::misfit(error, why);
        // Compact, with invalid UTF-8 replaced: what consume prints.
        kfk::schema_module::put_text(
            json,
            decoded->value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        *schema_id = decoded->schema_id;
        return KFK_SCHEMA_OK;
    });
}

extern "C" void kfk_schema_decoder_free(kfk_schema_decoder* decoder) { delete decoder; }
