#include "kfk/render/broker_config_render.hpp"

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"
#include "kfk/render/topic_render.hpp"

namespace kfk {

using nlohmann::ordered_json;

void to_json(ordered_json& j, const BrokerConfig& b) {
    j = ordered_json{{"broker", b.broker}, {"configs", b.entries}};
}

void render(const std::vector<BrokerConfig>& brokers, const RenderOptions& options,
            std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"brokers", brokers}});
        return;
    }
    Table table({{"BROKER", Align::right}, {"CONFIG"}, {"VALUE"}, {"SOURCE"}});
    for (const BrokerConfig& b : brokers) {
        for (const ConfigEntry& e : b.entries) {
            table.add_row({std::to_string(b.broker), e.name,
                           e.sensitive ? "(secret)" : e.value.value_or("(null)"), e.source});
        }
    }
    table.print(out, options);
}

}  // namespace kfk
