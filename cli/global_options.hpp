#pragma once
// The options every command shares (DESIGN.md "Global options"), defined once.

#include <CLI/CLI.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/config/resolve.hpp"
#include "kfk/render/output_format.hpp"
#include "kfk/schema/registry_config.hpp"
#include "streams.hpp"

namespace kfk::cli {

struct GlobalOptions {
    std::string brokers;                  // -b, or KFK_BROKERS
    std::string context;                  // --context, or KFK_CONTEXT
    std::string config_path;              // --config, or KFK_CONFIG
    std::string command_config;           // -F: Java .properties
    std::vector<std::string> properties;  // -X KEY=VALUE
    std::string timeout = "10s";          // --timeout
    std::string output;                   // -o; empty: the command's first format
    int verbosity = 0;                    // -v, repeatable
    bool quiet = false;                   // -q
    bool no_color = false;                // --no-color (NO_COLOR too)
    bool no_headers = false;              // --no-headers
    std::string registry;                 // --registry, or KFK_REGISTRY
};

void add_global_options(CLI::App& app, GlobalOptions& options);

// Resolves flags > environment > context > default into the library's config;
// warnings (a config file with secrets readable by others) go to `streams.err`.
ClientConfig client_config(const GlobalOptions& options, Streams& streams);

// The Schema Registry's settings: --registry (KFK_REGISTRY) over the context's
// schema.registry.url, its auth and CA keys; a usage Error naming `what` when no URL is
// set. `warn`: print the config file warnings (commands that skip client_config).
RegistryConfig registry_config(const GlobalOptions& options, Streams& streams,
                               const std::string& what, bool warn);

// The sources client_config resolves, for commands that read the config file itself.
ConfigSources config_sources(const GlobalOptions& options);

// The render options for a command that accepts `formats`; any other -o value is a
// usage Error naming the command.
RenderOptions render_options(const GlobalOptions& options, const Streams& streams,
                             std::span<const std::string_view> formats, std::string_view command);

}  // namespace kfk::cli
