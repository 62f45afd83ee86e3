#include "kfk/render/topic_render.hpp"

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

namespace {

using nlohmann::ordered_json;

std::string join_ids(const std::vector<std::int32_t>& ids) {
    if (ids.empty()) return "-";
    std::string out;
    for (std::int32_t id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
}

template <class T>
ordered_json optional_json(const std::optional<T>& value) {
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

std::string optional_text(const std::optional<std::int64_t>& value) {
    return value ? std::to_string(*value) : "-";
}

std::string config_value_text(const ConfigEntry& e) {
    if (e.sensitive) return "(sensitive)";
    return e.value.value_or("(null)");
}

std::string health_text(const TopicSummary& t) {
    std::string out;
    if (t.unavailable > 0) out = std::to_string(t.unavailable) + " unavailable";
    if (t.under_replicated > 0) {
        out += (out.empty() ? "" : ", ") + std::to_string(t.under_replicated) + " under-replicated";
    }
    return out.empty() ? "ok" : out;
}

void partition_table(const std::vector<PartitionDescription>& partitions,
                     const RenderOptions& options, std::ostream& out) {
    Table table({{"PARTITION", Align::right},
                 {"LEADER", Align::right},
                 {"REPLICAS"},
                 {"ISR"},
                 {"OFFLINE"},
                 {"LOW", Align::right},
                 {"HIGH", Align::right},
                 {"MESSAGES", Align::right}});
    for (const PartitionDescription& p : partitions) {
        table.add_row({std::to_string(p.id), p.leader >= 0 ? std::to_string(p.leader) : "none",
                       join_ids(p.replicas), join_ids(p.isr), join_ids(p.offline),
                       optional_text(p.low), optional_text(p.high), optional_text(p.messages())});
    }
    table.print(out, options);
}

void config_table(const std::vector<ConfigEntry>& configs, const RenderOptions& options,
                  std::ostream& out) {
    Table table({{"CONFIG"}, {"VALUE"}, {"SOURCE"}});
    for (const ConfigEntry& e : configs) table.add_row({e.name, config_value_text(e), e.source});
    table.print(out, options);
}

}  // namespace

void to_json(ordered_json& j, const ConfigEntry& e) {
    j = ordered_json{{"name", e.name},
                     {"value", e.sensitive ? ordered_json(nullptr) : optional_json(e.value)},
                     {"source", e.source},
                     {"is_default", e.is_default},
                     {"read_only", e.read_only},
                     {"sensitive", e.sensitive}};
}

void to_json(ordered_json& j, const PartitionDescription& p) {
    j = ordered_json{{"partition", p.id},
                     {"leader", p.leader >= 0 ? ordered_json(p.leader) : ordered_json(nullptr)},
                     {"replicas", p.replicas},
                     {"isr", p.isr},
                     {"offline_replicas", p.offline},
                     {"low", optional_json(p.low)},
                     {"high", optional_json(p.high)},
                     {"messages", optional_json(p.messages())},
                     {"error", p.error.empty() ? ordered_json(nullptr) : ordered_json(p.error)}};
}

void to_json(ordered_json& j, const TopicDescription& t) {
    j = ordered_json{{"name", t.name},
                     {"internal", t.internal},
                     {"partition_count", t.partitions.size()},
                     {"replication_factor", t.replication_factor},
                     {"min_insync_replicas", optional_json(t.min_insync_replicas)},
                     {"configs", t.configs},
                     {"partitions", t.partitions}};
}

void to_json(ordered_json& j, const TopicSummary& t) {
    j = ordered_json{{"name", t.name},
                     {"partitions", t.partitions},
                     {"replication_factor", t.replication_factor},
                     {"internal", t.internal},
                     {"under_replicated_partitions", t.under_replicated},
                     {"unavailable_partitions", t.unavailable}};
}

void to_json(ordered_json& j, const ItemResult& item) {
    j = ordered_json{
        {"name", item.name},
        {"status", item.status},
        {"exit_code", to_int(item.code)},
        {"message", item.message.empty() ? ordered_json(nullptr) : ordered_json(item.message)}};
}

void render(const std::vector<TopicSummary>& topics, const RenderOptions& options,
            std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"topics", topics}});
        return;
    }
    Table table({{"NAME"}, {"PARTITIONS", Align::right}, {"RF", Align::right}, {"HEALTH"}});
    for (const TopicSummary& t : topics) {
        table.add_row({t.name, std::to_string(t.partitions), std::to_string(t.replication_factor),
                       health_text(t)});
    }
    table.print(out, options);
}

void render(const std::vector<TopicDescription>& topics, const RenderOptions& options,
            std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"topics", topics}});
        return;
    }
    bool first = true;
    for (const TopicDescription& t : topics) {
        if (!first) out << '\n';
        first = false;
        std::vector<std::pair<std::string, std::string>> fields{
            {"Topic", t.name},
            {"Partitions", std::to_string(t.partitions.size())},
            {"Replication factor", std::to_string(t.replication_factor)}};
        if (t.min_insync_replicas)
            fields.emplace_back("Min ISR", std::to_string(*t.min_insync_replicas));
        if (t.internal) fields.emplace_back("Internal", "yes");
        print_fields(out, fields);
        if (!t.configs.empty()) {
            out << '\n';
            config_table(t.configs, options, out);
        }
        out << '\n';
        partition_table(t.partitions, options, out);
    }
}

void render(const PartitionRows& list, const RenderOptions& options, std::ostream& out) {
    const std::vector<PartitionRow>& rows = list.rows;
    const bool with_role = list.by_broker;
    if (options.format == OutputFormat::json) {
        ordered_json list = ordered_json::array();
        for (const PartitionRow& row : rows) {
            ordered_json j{{"topic", row.topic}};
            j.update(ordered_json(row.partition));
            if (row.role) j["role"] = *row.role;
            list.push_back(std::move(j));
        }
        write_json(out, ordered_json{{"partitions", list}});
        return;
    }
    std::vector<Column> columns{{"TOPIC"},
                                {"PARTITION", Align::right},
                                {"LEADER", Align::right},
                                {"REPLICAS"},
                                {"ISR"},
                                {"LOW", Align::right},
                                {"HIGH", Align::right},
                                {"MESSAGES", Align::right}};
    if (with_role) columns.push_back({"ROLE"});
    Table table(columns);
    for (const PartitionRow& row : rows) {
        const PartitionDescription& p = row.partition;
        std::vector<std::string> cells{row.topic,
                                       std::to_string(p.id),
                                       p.leader >= 0 ? std::to_string(p.leader) : "none",
                                       join_ids(p.replicas),
                                       join_ids(p.isr),
                                       optional_text(p.low),
                                       optional_text(p.high),
                                       optional_text(p.messages())};
        if (with_role) cells.push_back(row.role.value_or(""));
        table.add_row(std::move(cells));
    }
    table.print(out, options);
}

void render(const TopicConfigs& configs, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"topic", configs.topic}, {"configs", configs.configs}});
        return;
    }
    config_table(configs.configs, options, out);
}

void render(const std::vector<ItemResult>& items, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"results", items}});
        return;
    }
    Table table({{"NAME"}, {"STATUS"}, {"MESSAGE"}});
    for (const ItemResult& item : items) table.add_row({item.name, item.status, item.message});
    table.print(out, options);
}

}  // namespace kfk
