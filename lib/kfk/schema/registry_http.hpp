#pragma once
// The schema module's registry transport: one HTTP request (http.hpp), and an answer
// other than 2xx turned into the Error registry_client.hpp describes (not found 3,
// refused 1, invalid 2).

#include <string>

#include "kfk/schema/registry_config.hpp"

namespace kfk {

// A RegistryTransport (registry_client.hpp).
std::string registry_http_call(const RegistryConfig& config, const std::string& method,
                               const std::string& path, const std::string& body,
                               const std::string& what);

}  // namespace kfk
