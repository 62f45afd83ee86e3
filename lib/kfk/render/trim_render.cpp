#include "kfk/render/trim_render.hpp"

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

using nlohmann::ordered_json;

void to_json(ordered_json& j, const TrimPlan& plan) {
    ordered_json partitions = ordered_json::array();
    for (const PartitionTrim& p : plan.partitions) {
        partitions.push_back({{"partition", p.partition},
                              {"low", p.low},
                              {"new_low", p.new_low},
                              {"high", p.high},
                              {"removed", p.removed()}});
    }
    j = ordered_json{{"topic", plan.topic},
                     {"before", to_string(plan.target)},
                     {"executed", plan.executed},
                     {"partitions", std::move(partitions)}};
}

void render(const TrimPlan& plan, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json(plan));
        return;
    }
    Table table({{"TOPIC"},
                 {"PARTITION", Align::right},
                 {"LOW", Align::right},
                 {"NEW LOW", Align::right},
                 {"HIGH", Align::right},
                 {"REMOVED", Align::right}});
    for (const PartitionTrim& p : plan.partitions) {
        table.add_row({plan.topic, std::to_string(p.partition), std::to_string(p.low),
                       std::to_string(p.new_low), std::to_string(p.high),
                       std::to_string(p.removed())});
    }
    table.print(out, options);
}

}  // namespace kfk
