// kfk_schema_registry_call: the registry's HTTP for kfk's main side, whose RegistryClient
// builds the paths and reads the answers (registry_via_module.cpp).

#include <nlohmann/json.hpp>

#include "abi_guard.hpp"
#include "kfk/schema/registry_config_json.hpp"
#include "kfk/schema/registry_http.hpp"

extern "C" int kfk_schema_registry_call(const char* request, size_t request_size,
                                        kfk_schema_text* response, kfk_schema_error* error) {
    return kfk::schema_module::guarded(error, [&]() -> int {
        const auto j = nlohmann::json::parse(std::string_view(request, request_size));
        const std::string body = kfk::registry_http_call(
            kfk::registry_config_from_json(j.at("registry")), j.at("method").get<std::string>(),
            j.at("path").get<std::string>(), j.at("body").get<std::string>(),
            j.at("what").get<std::string>());
        kfk::schema_module::put_text(response, body);
        return KFK_SCHEMA_OK;
    });
}
