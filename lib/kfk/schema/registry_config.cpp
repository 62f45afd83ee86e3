#include "kfk/schema/registry_config.hpp"

#include "kfk/error.hpp"

namespace kfk {

bool is_registry_property(std::string_view key) { return key.starts_with("schema.registry."); }

RegistryConfig registry_config(const std::vector<Property>& properties,
                               const std::optional<std::string>& url_flag,
                               std::chrono::milliseconds timeout, const std::string& what) {
    RegistryConfig config;
    config.timeout = timeout;
    std::optional<std::string> url = url_flag;
    for (const Property& p : properties) {
        if (p.key == registry_url_key && !url_flag) url = p.value;
        if (p.key == registry_user_info_key) config.user_info = p.value;
        if (p.key == registry_ca_key) config.ca_location = p.value;
    }
    if (!url || url->empty()) {
        throw_usage(what, "no schema registry configured",
                    "--registry URL, KFK_REGISTRY, or schema.registry.url in a context");
    }
    while (!url->empty() && url->back() == '/') url->pop_back();
    config.url = *url;
    return config;
}

}  // namespace kfk
