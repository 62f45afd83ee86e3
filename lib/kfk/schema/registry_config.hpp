#pragma once
// Where the Schema Registry is and how to talk to it, resolved by cli/ from --registry
// (KFK_REGISTRY) and a context's schema.registry.* keys. Holds no library types, so
// cli/ can fill it without seeing curl.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/client/client_config.hpp"

namespace kfk {

struct RegistryConfig {
    std::string url;                         // the API root, e.g. http://host:8081
    std::optional<std::string> user_info;    // "user:password" for basic auth (a secret)
    std::optional<std::string> ca_location;  // a CA bundle for https
    std::chrono::milliseconds timeout{10'000};
};

// The context keys that configure the registry rather than librdkafka.
inline constexpr std::string_view registry_url_key = "schema.registry.url";
inline constexpr std::string_view registry_user_info_key = "schema.registry.basic.auth.user.info";
inline constexpr std::string_view registry_ca_key = "schema.registry.ssl.ca.location";

bool is_registry_property(std::string_view key);

// The registry settings among `properties` (the last of each key wins), `url_flag` (from
// --registry or KFK_REGISTRY) over schema.registry.url. Throws a usage Error when no URL
// is set anywhere, naming `what` (e.g. "--decode").
RegistryConfig registry_config(const std::vector<Property>& properties,
                               const std::optional<std::string>& url_flag,
                               std::chrono::milliseconds timeout, const std::string& what);

}  // namespace kfk
