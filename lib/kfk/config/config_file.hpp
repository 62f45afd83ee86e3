#pragma once
// kfk's config file: named contexts (clusters), each a set of librdkafka properties, and
// the current one. An INI-like text a person edits:
//
//   current-context = prod
//
//   [context prod]
//   bootstrap.servers = broker1:9092,broker2:9092
//   security.protocol = SASL_SSL
//   sasl.mechanism = SCRAM-SHA-512
//   sasl.username = alice
//   sasl.password = ...
//
// Blank lines and lines starting with '#' or ';' are ignored.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/client/client_config.hpp"

namespace kfk {

struct Context {
    std::string name;
    std::vector<Property> properties;
};

struct ConfigFile {
    std::string path;                    // where it was read from (may not exist)
    std::optional<std::string> current;  // current-context
    std::vector<Context> contexts;

    const Context* find(std::string_view name) const;
    // The context `name`, or a not-found Error that points to `kfk config list`.
    const Context& require(const std::string& name) const;
};

// Throws a usage Error naming path:line for malformed lines.
ConfigFile parse_config_file(std::string_view text, const std::string& path);

// `text` with current-context set to `name` (added at the top if absent); every other
// line, comments included, unchanged.
std::string with_current_context(std::string_view text, std::string_view name);

}  // namespace kfk
