#include "kfk/render/offsets_render.hpp"

#include <algorithm>

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

void render(const std::vector<PartitionOffset>& rows, const RenderOptions& options,
            std::ostream& out) {
    if (options.format == OutputFormat::json) {
        nlohmann::ordered_json doc = nlohmann::ordered_json::array();
        for (const PartitionOffset& r : rows) {
            nlohmann::ordered_json row{{"topic", r.topic}, {"partition", r.partition}};
            row["offset"] = r.offset ? nlohmann::ordered_json(*r.offset) : nullptr;
            if (!r.error.empty()) row["error"] = r.error;
            doc.push_back(std::move(row));
        }
        write_json(out, doc);
        return;
    }
    const bool any_error = std::any_of(rows.begin(), rows.end(),
                                       [](const PartitionOffset& r) { return !r.error.empty(); });
    std::vector<Column> columns{{"TOPIC"}, {"PARTITION", Align::right}, {"OFFSET", Align::right}};
    if (any_error) columns.push_back({"ERROR"});
    Table table(std::move(columns));
    for (const PartitionOffset& r : rows) {
        std::vector<std::string> cells{r.topic, std::to_string(r.partition),
                                       r.offset ? std::to_string(*r.offset) : "-"};
        if (any_error) cells.push_back(r.error);
        table.add_row(std::move(cells));
    }
    table.print(out, options);
}

}  // namespace kfk
