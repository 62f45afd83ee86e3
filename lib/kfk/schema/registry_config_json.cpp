#include "kfk/schema/registry_config_json.hpp"

namespace kfk {

nlohmann::json registry_config_json(const RegistryConfig& config) {
    nlohmann::json j{{"url", config.url}, {"timeout_ms", config.timeout.count()}};
    if (config.user_info) j["user_info"] = *config.user_info;
    if (config.ca_location) j["ca_location"] = *config.ca_location;
    return j;
}

RegistryConfig registry_config_from_json(const nlohmann::json& j) {
    RegistryConfig config;
    config.url = j.at("url").get<std::string>();
    config.timeout = std::chrono::milliseconds(j.at("timeout_ms").get<std::int64_t>());
    if (j.contains("user_info")) config.user_info = j["user_info"].get<std::string>();
    if (j.contains("ca_location")) config.ca_location = j["ca_location"].get<std::string>();
    return config;
}

}  // namespace kfk
