#pragma once
// RegistryConfig as JSON, the form in which kfk hands it to the schema module (the C ABI
// carries text, not C++ objects): {"url", "user_info", "ca_location", "timeout_ms"}.

#include <nlohmann/json.hpp>

#include "kfk/schema/registry_config.hpp"

namespace kfk {

nlohmann::json registry_config_json(const RegistryConfig& config);

// Throws nlohmann::json's exceptions on a malformed object (a bug, not user input).
RegistryConfig registry_config_from_json(const nlohmann::json& j);

}  // namespace kfk
