#include "kfk/schema/registry_http.hpp"

#include <nlohmann/json.hpp>

#include "kfk/error.hpp"
#include "kfk/schema/http.hpp"

namespace kfk {

namespace {

using nlohmann::json;

// The registry's {"error_code": N, "message": "..."} as a kfk Error.
[[noreturn]] void throw_registry_error(long status, const std::string& body,
                                       const std::string& what) {
    std::string message;
    long code = 0;
    const json parsed = json::parse(body, nullptr, false);
    if (parsed.is_object()) {
        if (parsed.contains("message") && parsed["message"].is_string())
            message = parsed["message"].get<std::string>();
        if (parsed.contains("error_code") && parsed["error_code"].is_number_integer())
            code = parsed["error_code"].get<long>();
    }
    if (message.empty()) message = body.empty() ? "no message" : body.substr(0, 200);
    const std::string why =
        "schema registry answered HTTP " + std::to_string(status) + ": " + message;
    if (status == 401 || status == 403) {
        throw Error(ExitCode::kafka_error, what, why, "check schema.registry.basic.auth.user.info");
    }
    if (status == 404 && (code == 40401 || code == 40402 || code == 40403))
        throw Error(ExitCode::not_found, what, why);
    if (status == 422) throw Error(ExitCode::usage, what, why);
    throw Error(ExitCode::kafka_error, what, why);
}
}  // namespace

std::string registry_http_call(const RegistryConfig& config, const std::string& method,
                               const std::string& path, const std::string& body,
                               const std::string& what) {
    HttpResponse response = http_request(config, method, path, body, what);
    if (response.status < 200 || response.status >= 300)
        throw_registry_error(response.status, response.body, what);
    return std::move(response.body);
}

}  // namespace kfk
