#pragma once
// Where each client setting comes from, by DESIGN.md's precedence:
// flag > environment > context in the config file > default.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/config/config_file.hpp"

namespace kfk {

struct ConfigSources {
    std::optional<std::string> brokers;         // -b, else KFK_BROKERS
    std::vector<Property> properties;           // -X, in order
    std::optional<std::string> command_config;  // -F: a Java .properties file
    std::optional<std::string> context;         // --context, else KFK_CONTEXT
    std::optional<std::string> config_path;     // --config, else KFK_CONFIG
    std::string default_config_path;            // $XDG_CONFIG_HOME/kfk/config
    std::chrono::milliseconds timeout = default_timeout;
    int verbosity = 0;
};

struct ResolvedConfig {
    ClientConfig client;
    std::string context;                // the context used; empty for none
    std::vector<std::string> warnings;  // e.g. a file with secrets readable by others
    std::vector<Property> registry;     // schema.registry.* keys (not for librdkafka)
};

// Reads the config file (a missing default file is an empty one) and the -F file.
ResolvedConfig resolve_client_config(const ConfigSources& sources);

// The config file named by the sources, parsed (empty when the default is missing).
ConfigFile load_config_file(const ConfigSources& sources);

// The text of a file, or nullopt when it does not exist; other failures are Errors.
std::optional<std::string> read_text_file(const std::string& path);

// A warning when `path` holds a secret yet group or others may read it.
std::optional<std::string> secret_exposure_warning(const std::string& path,
                                                   const std::vector<Property>& properties);

}  // namespace kfk
