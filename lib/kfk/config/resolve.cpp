#include "kfk/config/resolve.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "kfk/config/properties_file.hpp"
#include "kfk/error.hpp"

namespace kfk {

std::optional<std::string> read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (errno == ENOENT) return std::nullopt;
        throw Error(ExitCode::kafka_error, "read " + path, std::strerror(errno));
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<std::string> secret_exposure_warning(const std::string& path,
                                                   const std::vector<Property>& properties) {
    const bool has_secret =
        std::any_of(properties.begin(), properties.end(),
                    [](const Property& p) { return is_secret_property(p.key); });
    struct stat info {};
    if (!has_secret || stat(path.c_str(), &info) != 0 || (info.st_mode & 077) == 0)
        return std::nullopt;
    return "kfk: warning: " + path +
           " holds a secret but is readable by group or others (chmod 600 " + path + ")";
}

ConfigFile load_config_file(const ConfigSources& sources) {
    const std::string path = sources.config_path.value_or(sources.default_config_path);
    const auto text = read_text_file(path);
    if (!text) {
        if (sources.config_path) throw Error(ExitCode::usage, "--config " + path, "no such file");
        return ConfigFile{path, std::nullopt, {}};
    }
    return parse_config_file(*text, path);
}

ResolvedConfig resolve_client_config(const ConfigSources& sources) {
    ResolvedConfig out;
    std::vector<Property> properties;

    const ConfigFile file = load_config_file(sources);
    const std::optional<std::string> wanted = sources.context ? sources.context : file.current;
    if (wanted) {
        const Context* context = file.find(*wanted);
        if (context == nullptr) {
            throw Error(ExitCode::usage, "context " + *wanted, "not defined in " + file.path,
                        "kfk config list shows the contexts");
        }
        out.context = context->name;
        properties = context->properties;
        if (auto warning = secret_exposure_warning(file.path, context->properties))
            out.warnings.push_back(*warning);
    }
    if (sources.command_config) {
        const auto text = read_text_file(*sources.command_config);
        if (!text) throw Error(ExitCode::usage, "-F " + *sources.command_config, "no such file");
        const auto java = parse_properties(*text, *sources.command_config);
        if (auto warning = secret_exposure_warning(*sources.command_config, java))
            out.warnings.push_back(*warning);
        const auto translated = translate_java_properties(java, *sources.command_config);
        properties.insert(properties.end(), translated.begin(), translated.end());
    }
    properties.insert(properties.end(), sources.properties.begin(), sources.properties.end());

    // bootstrap.servers: -b/KFK_BROKERS, else the last one the files or -X set.
    std::optional<std::string> bootstrap;
    for (const Property& p : properties) {
        if (p.key == "bootstrap.servers" || p.key == "metadata.broker.list") bootstrap = p.value;
    }
    std::erase_if(properties, [](const Property& p) {
        return p.key == "bootstrap.servers" || p.key == "metadata.broker.list";
    });
    // The Schema Registry's settings live in the same contexts but are not librdkafka's.
    for (const Property& p : properties) {
        if (p.key.starts_with("schema.registry.")) out.registry.push_back(p);
    }
    std::erase_if(properties,
                  [](const Property& p) { return p.key.starts_with("schema.registry."); });
    out.client.brokers = sources.brokers.value_or(bootstrap.value_or(std::string(default_brokers)));
    out.client.properties = std::move(properties);
    out.client.timeout = sources.timeout;
    out.client.verbosity = sources.verbosity;
    return out;
}

}  // namespace kfk
