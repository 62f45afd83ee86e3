#include "global_options.hpp"

#include <cstdlib>

#include "kfk/duration.hpp"
#include "kfk/error.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

std::string join(std::span<const std::string_view> words, std::string_view separator) {
    std::string out;
    for (std::string_view word : words) {
        if (!out.empty()) out += separator;
        out += word;
    }
    return out;
}

bool env_set(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
}

// TERM=dumb (Emacs shells, some CI logs) shows escape sequences as garbage.
bool dumb_terminal() {
    const char* term = std::getenv("TERM");
    return term != nullptr && std::string_view(term) == "dumb";
}

}  // namespace

void add_global_options(CLI::App& app, GlobalOptions& options) {
    app.add_option("-b,--brokers", options.brokers,
                   "Bootstrap brokers, host:port[,host:port...] (default localhost:9092)")
        ->envname("KFK_BROKERS")
        ->type_name("HOSTS");
    app.add_option("--context", options.context, "Use this context of the config file")
        ->envname("KFK_CONTEXT")
        ->type_name("NAME");
    app.add_option("--config", options.config_path,
                   "Config file (default $XDG_CONFIG_HOME/kfk/config)")
        ->envname("KFK_CONFIG")
        ->type_name("FILE");
    app.add_option("-F,--command-config", options.command_config,
                   "Java client .properties file, as kafka-topics.sh takes")
        ->type_name("FILE");
    app.add_option("-X", options.properties, "librdkafka client property (repeatable)")
        ->check(key_value_validator())
        ->type_name("KEY=VALUE")
        ->allow_extra_args(false);
    app.add_option("--timeout", options.timeout, "Time limit for the whole command")
        ->check(positive_duration_validator())
        ->type_name("DURATION")
        ->capture_default_str();
    app.add_option("-o,--output", options.output,
                   "Output format: table (default) or json; consume: text (default), json or jsonl")
        ->check(CLI::IsMember({"table", "json", "text", "jsonl"}))
        ->type_name("FORMAT");
    app.add_flag("--no-headers", options.no_headers, "Tables without the header row");
    app.add_option("--registry", options.registry,
                   "Schema Registry URL (or schema.registry.url in the context)")
        ->envname("KFK_REGISTRY")
        ->type_name("URL");
    app.add_flag("-v,--verbose", options.verbosity,
                 "More detail on stderr (-vv: librdkafka debug logs)");
    app.add_flag("-q,--quiet", options.quiet, "No summaries or progress on stderr");
    app.add_flag("--no-color", options.no_color, "No colour, also on a terminal (or set NO_COLOR)");
}

std::string default_config_path() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg != '\0') {
        return std::string(xdg) + "/kfk/config";
    }
    const char* home = std::getenv("HOME");
    return std::string(home ? home : ".") + "/.config/kfk/config";
}

ConfigSources config_sources(const GlobalOptions& options) {
    ConfigSources sources;
    if (!options.brokers.empty()) sources.brokers = options.brokers;
    for (const std::string& text : options.properties)
        sources.properties.push_back(parse_property(text, "-X"));
    if (!options.command_config.empty()) sources.command_config = options.command_config;
    if (!options.context.empty()) sources.context = options.context;
    if (!options.config_path.empty()) sources.config_path = options.config_path;
    sources.default_config_path = default_config_path();
    sources.timeout = parse_duration(options.timeout, "--timeout");
    sources.verbosity = options.verbosity;
    return sources;
}

ClientConfig client_config(const GlobalOptions& options, Streams& streams) {
    ResolvedConfig resolved = resolve_client_config(config_sources(options));
    for (const std::string& warning : resolved.warnings) streams.err << warning << '\n';
    return std::move(resolved.client);
}

RegistryConfig registry_config(const GlobalOptions& options, Streams& streams,
                               const std::string& what, bool warn) {
    const ConfigSources sources = config_sources(options);
    ResolvedConfig resolved = resolve_client_config(sources);
    if (warn) {
        for (const std::string& warning : resolved.warnings) streams.err << warning << '\n';
    }
    std::optional<std::string> flag;
    if (!options.registry.empty()) flag = options.registry;
    return kfk::registry_config(resolved.registry, flag, sources.timeout, what);
}

RenderOptions render_options(const GlobalOptions& options, const Streams& streams,
                             std::span<const std::string_view> formats, std::string_view command) {
    const std::string_view chosen =
        options.output.empty() ? formats.front() : std::string_view(options.output);
    bool accepted = false;
    for (std::string_view name : formats) accepted = accepted || name == chosen;
    if (!accepted) {
        throw_usage(std::string(command),
                    "output format '" + options.output + "' is not supported here",
                    "use -o " + join(formats, "|"));
    }
    RenderOptions render;
    render.format = *parse_output_format(chosen);
    render.headers = !options.no_headers;
    render.color =
        streams.out_is_tty && !options.no_color && !env_set("NO_COLOR") && !dumb_terminal();
    return render;
}

}  // namespace kfk::cli
