#include "kfk/schema/record_encoder.hpp"

namespace kfk {

namespace {

// One part's encoder, with the schema its settings name.
struct PartEncoder {
    MessagePart part;
    std::shared_ptr<const ValueEncoder> encoder;
};

PartEncoder part_encoder(RegistryClient& registry, const EncodeSettings& settings,
                         const std::string& topic) {
    Schema schema;
    if (settings.schema_id) {
        schema = registry.schema_by_id(*settings.schema_id);
    } else {
        const std::string subject = settings.subject.value_or(
            topic + (settings.part == MessagePart::key ? "-key" : "-value"));
        const SubjectVersion found = registry.subject_version(subject, settings.version);
        // The id's own view resolves the references.
        schema = registry.schema_by_id(found.schema.id);
    }
    return {settings.part,
            std::make_shared<const ValueEncoder>(schema, settings.format, settings.unions)};
}

// The record's `part` (JSON text) replaced by its framed encoding; why not, else (a
// key's misfit says it is the key's).
std::optional<std::string> encode_part(const PartEncoder& e, std::optional<std::string>& bytes) {
    if (!bytes) return std::nullopt;
    const bool key = e.part == MessagePart::key;
    const nlohmann::ordered_json json = nlohmann::ordered_json::parse(*bytes, nullptr, false);
    if (json.is_discarded()) return std::string(key ? "key" : "value") + " is not JSON";
    std::string why;
    std::optional<std::string> framed = e.encoder->encode(json, why);
    if (!framed) return key ? "key: " + why : why;
    bytes = std::move(*framed);
    return std::nullopt;
}

}  // namespace

RecordTransform record_encoder(RegistryClient& registry, const std::vector<EncodeSettings>& parts,
                               const std::string& topic) {
    std::vector<PartEncoder> encoders;
    for (const EncodeSettings& settings : parts)
        encoders.push_back(part_encoder(registry, settings, topic));
    return [encoders](Record& record) -> std::optional<std::string> {
        for (const PartEncoder& e : encoders) {
            auto why = encode_part(e, e.part == MessagePart::key ? record.key : record.value);
            if (why) return why;
        }
        return std::nullopt;
    };
}

}  // namespace kfk
