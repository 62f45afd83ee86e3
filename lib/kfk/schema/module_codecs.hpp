#pragma once
// The schema module's decoder and encoder handles (module_abi.h) as C++ objects on kfk's
// side: created from settings, released by the module, misfits as a `why`.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kfk/schema/module_abi.h"
#include "kfk/schema/registry_config.hpp"
#include "kfk/schema/schema_format.hpp"

namespace kfk {

// A decoded part: the schema id and the value as compact JSON text.
struct DecodedPart {
    std::int32_t schema_id = 0;
    std::string json;
};

class ModuleDecoder {
public:
    // Loads the module (a missing module is the Error schema_module.hpp names).
    ModuleDecoder(const RegistryConfig& registry, SchemaFormat format, AvroUnions unions);
    ~ModuleDecoder();
    ModuleDecoder(const ModuleDecoder&) = delete;
    ModuleDecoder& operator=(const ModuleDecoder&) = delete;

    // Nullopt with `why` when the bytes do not decode; an unreachable or refusing registry
    // throws.
    std::optional<DecodedPart> decode(std::string_view bytes, std::string& why);

private:
    kfk_schema_decoder* handle_ = nullptr;
};

struct EncodeSettings;

class ModuleEncoder {
public:
    // Fetches the schema the settings name (unknown: the registry's not-found Error).
    ModuleEncoder(const RegistryConfig& registry, const EncodeSettings& settings,
                  const std::string& topic);
    ~ModuleEncoder();
    ModuleEncoder(const ModuleEncoder&) = delete;
    ModuleEncoder& operator=(const ModuleEncoder&) = delete;

    // The framed bytes of the JSON text `json`, or nullopt with why it does not fit.
    std::optional<std::string> encode(std::string_view json, std::string& why) const;

private:
    kfk_schema_encoder* handle_ = nullptr;
};

}  // namespace kfk
