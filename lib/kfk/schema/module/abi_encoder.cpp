// The encoder handle behind produce --encode: one part's schema, chosen when the handle
// is made (by id, or by subject and version: default TOPIC-value / TOPIC-key, latest).

#include <memory>
#include <nlohmann/json.hpp>

#include "abi_guard.hpp"
#include "kfk/schema/registry_config_json.hpp"
#include "kfk/schema/registry_http.hpp"
#include "kfk/schema/value_codec.hpp"

struct kfk_schema_encoder {
    bool key = false;
    std::unique_ptr<const kfk::ValueEncoder> encoder;
};

namespace {

kfk::Schema chosen_schema(kfk::RegistryClient& registry, const nlohmann::json& settings, bool key) {
    if (settings.contains("schema_id"))
        return registry.schema_by_id(settings["schema_id"].get<std::int32_t>());
    const std::string subject =
        settings.contains("subject")
            ? settings["subject"].get<std::string>()
            : settings.at("topic").get<std::string>() + (key ? "-key" : "-value");
    const kfk::SubjectVersion found =
        registry.subject_version(subject, settings.at("version").get<std::string>());
    // The id's own view resolves the references.
    return registry.schema_by_id(found.schema.id);
}

}  // namespace

extern "C" int kfk_schema_encoder_new(const char* settings, size_t settings_size,
                                      kfk_schema_encoder** encoder, kfk_schema_error* error) {
    return kfk::schema_module::guarded(error, [&]() -> int {
        const auto j = nlohmann::json::parse(std::string_view(settings, settings_size));
        kfk::RegistryClient registry(kfk::registry_config_from_json(j.at("registry")),
                                     kfk::registry_http_call);
        auto made = std::make_unique<kfk_schema_encoder>();
        made->key = j.at("part") == "key";
        const auto format = kfk::parse_schema_format(j.at("format").get<std::string>());
        const auto unions = kfk::parse_avro_unions(j.at("unions").get<std::string>());
        made->encoder = std::make_unique<const kfk::ValueEncoder>(
            chosen_schema(registry, j, made->key), format.value_or(kfk::SchemaFormat::avro),
            unions);
        *encoder = made.release();
        return KFK_SCHEMA_OK;
    });
}

extern "C" int kfk_schema_encode(kfk_schema_encoder* encoder, const char* json, size_t size,
                                 kfk_schema_text* framed, kfk_schema_error* error) {
    return kfk::schema_module::guarded(error, [&]() -> int {
        const bool key = encoder->key;
        const auto value =
            nlohmann::ordered_json::parse(std::string_view(json, size), nullptr, false);
        if (value.is_discarded())
            return kfk::schema_module::misfit(error, key ? "key is not JSON" : "value is not JSON");
        std::string why;
        const std::optional<std::string> bytes = encoder->encoder->encode(value, why);
        if (!bytes) return kfk::schema_module::misfit(error, key ? "key: " + why : why);
        kfk::schema_module::put_text(framed, *bytes);
        return KFK_SCHEMA_OK;
    });
}

extern "C" void kfk_schema_encoder_free(kfk_schema_encoder* encoder) { delete encoder; }
