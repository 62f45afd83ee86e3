#include "kfk/render/config_render.hpp"

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

namespace {

using nlohmann::ordered_json;

std::string bootstrap_of(const Context& context) {
    std::string out = "-";
    for (const Property& p : context.properties) {
        if (p.key == "bootstrap.servers") out = p.value;
    }
    return out;
}

}  // namespace

void render(const ConfigFile& file, const RenderOptions& options, std::ostream& out) {
    const auto is_current = [&](const Context& c) {
        return file.current && *file.current == c.name;
    };
    if (options.format == OutputFormat::json) {
        ordered_json contexts = ordered_json::array();
        for (const Context& c : file.contexts) {
            contexts.push_back({{"name", c.name},
                                {"current", is_current(c)},
                                {"bootstrap_servers", bootstrap_of(c)}});
        }
        write_json(out, ordered_json{{"path", file.path},
                                     {"current", file.current ? ordered_json(*file.current)
                                                              : ordered_json(nullptr)},
                                     {"contexts", contexts}});
        return;
    }
    Table table({{"CURRENT"}, {"NAME"}, {"BOOTSTRAP SERVERS"}});
    for (const Context& c : file.contexts)
        table.add_row({is_current(c) ? "*" : "", c.name, bootstrap_of(c)});
    table.print(out, options);
}

void render(const Context& context, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        ordered_json properties = ordered_json::array();
        for (const Property& p : context.properties) {
            const bool secret = is_secret_property(p.key);
            properties.push_back({{"key", p.key},
                                  {"value", secret ? ordered_json(nullptr) : ordered_json(p.value)},
                                  {"secret", secret}});
        }
        write_json(out, ordered_json{{"name", context.name}, {"properties", properties}});
        return;
    }
    Table table({{"PROPERTY"}, {"VALUE"}});
    for (const Property& p : context.properties) {
        table.add_row({p.key, is_secret_property(p.key) ? "(secret)" : p.value});
    }
    table.print(out, options);
}

}  // namespace kfk
