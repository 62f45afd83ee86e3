#include "kfk/render/version_render.hpp"

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

void render(const VersionInfo& info, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, nlohmann::ordered_json{{"kfk", info.kfk}, {"librdkafka", info.librdkafka}});
        return;
    }
    print_fields(out, {{"kfk", info.kfk}, {"librdkafka", info.librdkafka}});
}

}  // namespace kfk
