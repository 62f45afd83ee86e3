#include "kfk/schema/record_encoder.hpp"

namespace kfk {

RecordTransform record_encoder(RegistryClient& registry, const EncodeSettings& settings,
                               const std::string& topic) {
    Schema schema;
    if (settings.schema_id) {
        schema = registry.schema_by_id(*settings.schema_id);
    } else {
        const std::string subject = settings.subject.value_or(topic + "-value");
        const SubjectVersion found = registry.subject_version(subject, settings.version);
        // The id's own view resolves the references.
        schema = registry.schema_by_id(found.schema.id);
    }
    auto encoder = std::make_shared<ValueEncoder>(schema, settings.format, settings.unions);
    return [encoder](Record& record) -> std::optional<std::string> {
        if (!record.value) return std::nullopt;
        const nlohmann::ordered_json value =
            nlohmann::ordered_json::parse(*record.value, nullptr, false);
        if (value.is_discarded()) return std::string("value is not JSON");
        std::string why;
        std::optional<std::string> framed = encoder->encode(value, why);
        if (!framed) return why;
        record.value = std::move(*framed);
        return std::nullopt;
    };
}

}  // namespace kfk
