#pragma once
// The options every command shares (DESIGN.md "Global options"), defined once.

#include <CLI/CLI.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/client_config.hpp"
#include "kfk/render/output_format.hpp"
#include "streams.hpp"

namespace kfk::cli {

struct GlobalOptions {
    std::string brokers;                  // -b, or KFK_BROKERS
    std::vector<std::string> properties;  // -X KEY=VALUE
    std::string timeout = "10s";          // --timeout
    std::string output;                   // -o; empty: the command's first format
    int verbosity = 0;                    // -v, repeatable
    bool quiet = false;                   // -q
    bool no_color = false;                // --no-color (NO_COLOR too)
    bool no_headers = false;              // --no-headers
};

void add_global_options(CLI::App& app, GlobalOptions& options);

// Resolves flags > environment > default into the library's config.
ClientConfig client_config(const GlobalOptions& options);

// The render options for a command that accepts `formats`; any other -o value is a
// usage Error naming the command.
RenderOptions render_options(const GlobalOptions& options, const Streams& streams,
                             std::span<const std::string_view> formats,
                             std::string_view command);

}  // namespace kfk::cli
