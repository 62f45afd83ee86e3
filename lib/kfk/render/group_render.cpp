#include "kfk/render/group_render.hpp"

#include "kfk/group/data_loss.hpp"
#include "kfk/render/age_text.hpp"
#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

namespace {

using nlohmann::ordered_json;

std::string or_dash(const std::optional<std::int64_t>& value) {
    return value ? std::to_string(*value) : "-";
}
std::string or_dash(const std::string& text) { return text.empty() ? "-" : text; }

// "ok", "at risk (4m10s left)", "lost 40".
std::string loss_text(const PartitionLag& p) {
    switch (p.loss) {
        case LossState::lost:
            return "lost " + std::to_string(p.lost);
        case LossState::at_risk:
            return "at risk (" + age_text(p.retention_left_ms) + " left)";
        case LossState::ok:
            break;
    }
    return "ok";
}

// The time and loss fields every partition row of the JSON shapes carries.
void add_time_fields(ordered_json& row, const PartitionLag& p) {
    row["lag_ms"] = or_null(p.lag_ms);
    row["lag_ms_reason"] = or_null(p.lag_ms_reason);
    row["low"] = or_null(p.low);
    row["loss"] = std::string(to_string(p.loss));
    row["lost"] = p.lost;
    row["retention_left_ms"] = or_null(p.retention_left_ms);
}

std::string coordinator_text(const std::optional<GroupCoordinator>& c) {
    if (!c) return "-";
    return std::to_string(c->id) + " (" + c->host + ":" + std::to_string(c->port) + ")";
}

void members_table(const GroupDescription& g, const RenderOptions& options, std::ostream& out) {
    Table table({{"MEMBER"}, {"CLIENT ID"}, {"HOST"}, {"PARTITIONS"}});
    for (const GroupMember& m : g.members) {
        table.add_row({m.member_id, or_dash(m.client_id), or_dash(m.host),
                       partition_list_text(m.assignment)});
    }
    table.print(out, options);
}

void offsets_table(const GroupDescription& g, const RenderOptions& options, std::ostream& out) {
    Table table({{"TOPIC"},
                 {"PARTITION", Align::right},
                 {"COMMITTED", Align::right},
                 {"HIGH", Align::right},
                 {"LAG", Align::right},
                 {"LAG TIME", Align::right},
                 {"STATUS"},
                 {"MEMBER"},
                 {"CLIENT ID"}});
    for (const PartitionLag& p : g.partitions) {
        table.add_row({p.topic, std::to_string(p.partition), or_dash(p.committed), or_dash(p.high),
                       or_dash(p.lag), age_text(p.lag_ms), loss_text(p), p.member_id.value_or("-"),
                       p.client_id ? or_dash(*p.client_id) : "-"});
    }
    table.print(out, options);
}

}  // namespace

std::string partition_list_text(const std::vector<PartitionKey>& partitions) {
    std::string out;
    const std::string* topic = nullptr;
    for (const PartitionKey& p : partitions) {
        if (topic && *topic == p.first) {
            out += "," + std::to_string(p.second);
        } else {
            out += (out.empty() ? "" : " ") + p.first + ":" + std::to_string(p.second);
            topic = &p.first;
        }
    }
    return out.empty() ? "-" : out;
}

void to_json(ordered_json& j, const GroupSummary& g) {
    j = ordered_json{
        {"name", g.name},         {"state", g.state},     {"protocol_type", g.protocol_type},
        {"protocol", g.protocol}, {"members", g.members}, {"lag", or_null(g.lag)}};
    if (g.max_lag_ms) j["max_lag_ms"] = *g.max_lag_ms;
}

void to_json(ordered_json& j, const GroupDescription& g) {
    ordered_json members = ordered_json::array();
    for (const GroupMember& m : g.members) {
        ordered_json assignments = ordered_json::array();
        for (const PartitionKey& p : m.assignment)
            assignments.push_back({{"topic", p.first}, {"partition", p.second}});
        members.push_back({{"member_id", m.member_id},
                           {"client_id", m.client_id},
                           {"host", m.host},
                           {"assignments", std::move(assignments)}});
    }
    ordered_json partitions = ordered_json::array();
    for (const PartitionLag& p : g.partitions) {
        ordered_json row{{"topic", p.topic},
                         {"partition", p.partition},
                         {"committed", or_null(p.committed)},
                         {"high", or_null(p.high)},
                         {"lag", or_null(p.lag)}};
        add_time_fields(row, p);
        row["member_id"] = or_null(p.member_id);
        row["client_id"] = or_null(p.client_id);
        partitions.push_back(std::move(row));
    }
    ordered_json coordinator = nullptr;
    if (g.coordinator) {
        coordinator = {{"id", g.coordinator->id},
                       {"host", g.coordinator->host},
                       {"port", g.coordinator->port}};
    }
    j = ordered_json{{"name", g.name},
                     {"state", g.state},
                     {"protocol", g.protocol},
                     {"coordinator", std::move(coordinator)},
                     {"members", std::move(members)},
                     {"total_lag", g.total_lag},
                     {"max_lag_ms", or_null(g.max_lag_ms)},
                     {"partitions", std::move(partitions)}};
}

void to_json(ordered_json& j, const GroupLag& g) {
    ordered_json topics = ordered_json::array();
    for (const TopicLag& t : g.topics) {
        ordered_json partitions = ordered_json::array();
        for (const PartitionLag& p : t.partitions) {
            ordered_json row{{"partition", p.partition},
                             {"committed", or_null(p.committed)},
                             {"high", or_null(p.high)},
                             {"lag", or_null(p.lag)}};
            add_time_fields(row, p);
            partitions.push_back(std::move(row));
        }
        topics.push_back({{"topic", t.topic},
                          {"lag", t.lag},
                          {"max_lag_ms", or_null(t.max_lag_ms)},
                          {"partitions", std::move(partitions)}});
    }
    j = ordered_json{{"name", g.group},
                     {"state", g.state},
                     {"total_lag", g.total_lag},
                     {"max_lag_ms", or_null(g.max_lag_ms)},
                     {"topics", std::move(topics)}};
}

void to_json(ordered_json& j, const ResetPlan& plan) {
    ordered_json partitions = ordered_json::array();
    for (const PlannedOffset& p : plan.partitions) {
        partitions.push_back({{"topic", p.topic},
                              {"partition", p.partition},
                              {"current", or_null(p.current)},
                              {"new", p.target}});
    }
    j = ordered_json{{"group", plan.group},
                     {"target", to_string(plan.target)},
                     {"executed", plan.executed},
                     {"group_exists", plan.group_exists},
                     {"partitions", std::move(partitions)}};
}

void to_json(ordered_json& j, const GroupOffsets& g) {
    ordered_json offsets = ordered_json::array();
    for (const CommittedOffset& o : g.offsets)
        offsets.push_back({{"topic", o.topic}, {"partition", o.partition}, {"offset", o.offset}});
    j = ordered_json{{"group", g.group}, {"offsets", std::move(offsets)}};
}

void render(const GroupOffsets& g, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json(g));
        return;
    }
    Table table({{"TOPIC"}, {"PARTITION", Align::right}, {"OFFSET", Align::right}});
    for (const CommittedOffset& o : g.offsets)
        table.add_row({o.topic, std::to_string(o.partition), std::to_string(o.offset)});
    table.print(out, options);
}

void render(const std::vector<GroupSummary>& groups, const RenderOptions& options,
            std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"groups", groups}});
        return;
    }
    Table table(
        {{"NAME"}, {"STATE"}, {"PROTOCOL"}, {"MEMBERS", Align::right}, {"LAG", Align::right}});
    for (const GroupSummary& g : groups) {
        table.add_row(
            {g.name, g.state, or_dash(g.protocol), std::to_string(g.members), or_dash(g.lag)});
    }
    table.print(out, options);
}

void render(const std::vector<GroupDescription>& groups, const RenderOptions& options,
            std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"groups", groups}});
        return;
    }
    bool first = true;
    for (const GroupDescription& g : groups) {
        if (!first) out << '\n';
        first = false;
        print_fields(out, {{"Group", g.name},
                           {"State", g.state},
                           {"Protocol", or_dash(g.protocol)},
                           {"Coordinator", coordinator_text(g.coordinator)},
                           {"Members", std::to_string(g.members.size())},
                           {"Total lag", std::to_string(g.total_lag)},
                           {"Max lag time", age_text(g.max_lag_ms)}});
        if (!g.members.empty()) {
            out << '\n';
            members_table(g, options, out);
        }
        if (!g.partitions.empty()) {
            out << '\n';
            offsets_table(g, options, out);
        }
    }
}

void render(const std::vector<GroupLag>& groups, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json{{"groups", groups}});
        return;
    }
    Table partitions({{"GROUP"},
                      {"TOPIC"},
                      {"PARTITION", Align::right},
                      {"COMMITTED", Align::right},
                      {"HIGH", Align::right},
                      {"LAG", Align::right},
                      {"LAG TIME", Align::right},
                      {"STATUS"}});
    // "(total)" cannot be a topic name, so the group's total row is unambiguous.
    Table totals({{"GROUP"}, {"TOPIC"}, {"LAG", Align::right}, {"MAX LAG TIME", Align::right}});
    for (const GroupLag& g : groups) {
        for (const TopicLag& t : g.topics) {
            for (const PartitionLag& p : t.partitions) {
                partitions.add_row({g.group, t.topic, std::to_string(p.partition),
                                    or_dash(p.committed), or_dash(p.high), or_dash(p.lag),
                                    age_text(p.lag_ms), loss_text(p)});
            }
            totals.add_row({g.group, t.topic, std::to_string(t.lag), age_text(t.max_lag_ms)});
        }
        totals.add_row({g.group, "(total)", std::to_string(g.total_lag), age_text(g.max_lag_ms)});
    }
    if (!partitions.empty()) {
        partitions.print(out, options);
        out << '\n';
    }
    totals.print(out, options);
}

void render(const ResetPlan& plan, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, ordered_json(plan));
        return;
    }
    Table table({{"TOPIC"},
                 {"PARTITION", Align::right},
                 {"CURRENT", Align::right},
                 {"NEW", Align::right},
                 {"CHANGE", Align::right}});
    for (const PlannedOffset& p : plan.partitions) {
        std::string change = "-";
        if (p.current) {
            const std::int64_t delta = p.target - *p.current;
            change = (delta > 0 ? "+" : "") + std::to_string(delta);
        }
        table.add_row({p.topic, std::to_string(p.partition), or_dash(p.current),
                       std::to_string(p.target), change});
    }
    table.print(out, options);
}

}  // namespace kfk
