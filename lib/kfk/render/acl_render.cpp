#include "kfk/render/acl_render.hpp"

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

using nlohmann::ordered_json;

void to_json(ordered_json& j, const AclBinding& b) {
    j = ordered_json{{"principal", b.principal},
                     {"host", b.host},
                     {"permission", to_string(b.permission)},
                     {"operation", to_string(b.operation)},
                     {"resource_type", to_string(b.resource)},
                     {"resource_name", b.resource_name},
                     {"pattern_type", to_string(b.pattern_type)}};
}

void render(const std::vector<AclBinding>& bindings, const RenderOptions& options,
            std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"acls", bindings}});
        return;
    }
    Table table({{"PRINCIPAL"},
                 {"HOST"},
                 {"PERMISSION"},
                 {"OPERATION"},
                 {"RESOURCE"},
                 {"NAME"},
                 {"PATTERN"}});
    for (const AclBinding& b : bindings) {
        table.add_row({b.principal, b.host, std::string(to_string(b.permission)),
                       std::string(to_string(b.operation)), std::string(to_string(b.resource)),
                       b.resource_name, std::string(to_string(b.pattern_type))});
    }
    table.print(out, options);
}

}  // namespace kfk
