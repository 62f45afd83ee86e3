#include "kfk/schema/record_encoder.hpp"

#include <memory>

#include "kfk/schema/module_codecs.hpp"

namespace kfk {

namespace {

struct PartEncoder {
    MessagePart part;
    std::shared_ptr<const ModuleEncoder> encoder;
};

}  // namespace

RecordTransform record_encoder(const RegistryConfig& registry,
                               const std::vector<EncodeSettings>& parts, const std::string& topic) {
    std::vector<PartEncoder> encoders;
    for (const EncodeSettings& settings : parts) {
        encoders.push_back(
            {settings.part, std::make_shared<const ModuleEncoder>(registry, settings, topic)});
    }
    return [encoders](Record& record) -> std::optional<std::string> {
        for (const PartEncoder& e : encoders) {
            std::optional<std::string>& bytes =
                e.part == MessagePart::key ? record.key : record.value;
            if (!bytes) continue;
            std::string why;
            std::optional<std::string> framed = e.encoder->encode(*bytes, why);
            if (!framed) return why;
            bytes = std::move(*framed);
        }
        return std::nullopt;
    };
}

}  // namespace kfk
