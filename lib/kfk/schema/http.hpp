#pragma once
// One HTTP(S) request to the Schema Registry over libcurl (an RAII easy handle per
// request). Only transport failures are Errors here; any HTTP status is a response.

#include <optional>
#include <string>

#include "kfk/schema/registry_config.hpp"

namespace kfk {

struct HttpResponse {
    long status = 0;
    std::string body;
};

// `method` GET, POST or DELETE; `path` is appended to config.url. A POST sends `body`
// as application/vnd.schemaregistry.v1+json. No answer within config.timeout (or no
// connection at all) is a timeout Error naming `what`; a TLS failure a kafka_error.
HttpResponse http_request(const RegistryConfig& config, const std::string& method,
                          const std::string& path, const std::string& body,
                          const std::string& what);

}  // namespace kfk
