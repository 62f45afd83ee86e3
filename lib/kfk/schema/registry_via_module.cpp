#include "kfk/schema/registry_via_module.hpp"

#include <nlohmann/json.hpp>

#include "kfk/schema/module_call.hpp"
#include "kfk/schema/registry_config_json.hpp"

namespace kfk {

namespace {

// A RegistryTransport: the request as JSON through kfk_schema_registry_call.
std::string call_module(const RegistryConfig& config, const std::string& method,
                        const std::string& path, const std::string& body, const std::string& what) {
    const std::string request = nlohmann::json{
        {"registry", registry_config_json(config)},
        {"method", method},
        {"path", path},
        {"body", body},
        {"what", what}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    ModuleCall call;
    call.check(call.api.registry_call(request.data(), request.size(), &call.text, &call.error));
    return std::string(call.bytes());
}

}  // namespace

RegistryClient registry_client(RegistryConfig config) {
    return RegistryClient(std::move(config), call_module);
}

}  // namespace kfk
