#include "kfk/render/cluster_render.hpp"

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

void to_json(nlohmann::ordered_json& j, const PartitionRef& ref) {
    j = nlohmann::ordered_json{{"topic", ref.topic}, {"partition", ref.partition}};
}

void to_json(nlohmann::ordered_json& j, const BrokerSummary& broker) {
    j = nlohmann::ordered_json{
        {"id", broker.id},
        {"host", broker.online ? nlohmann::ordered_json(broker.host) : nullptr},
        {"port", broker.online ? nlohmann::ordered_json(broker.port) : nullptr},
        {"rack", broker.rack ? nlohmann::ordered_json(*broker.rack) : nullptr},
        {"online", broker.online},
        {"leader_partitions", broker.leader_partitions},
        {"follower_partitions", broker.follower_partitions},
        {"leads", broker.leads},
        {"follows", broker.follows},
    };
}

void to_json(nlohmann::ordered_json& j, const ClusterDescription& cluster) {
    j = nlohmann::ordered_json{
        {"cluster_id", cluster.cluster_id},
        {"topic_count", cluster.topic_count},
        {"partition_count", cluster.partition_count},
        {"brokers", cluster.brokers},
    };
}

void render(const ClusterDescription& cluster, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        write_json(out, cluster);
        return;
    }
    print_fields(out, {
                          {"Cluster ID", cluster.cluster_id},
                          {"Topics", std::to_string(cluster.topic_count)},
                          {"Partitions", std::to_string(cluster.partition_count)},
                      });
    out << '\n';
    Table table({{"ID", Align::right},
                 {"ADDRESS"},
                 {"RACK"},
                 {"STATUS"},
                 {"LEADER", Align::right},
                 {"FOLLOWER", Align::right}});
    for (const BrokerSummary& b : cluster.brokers) {
        table.add_row({std::to_string(b.id), b.online ? b.host + ":" + std::to_string(b.port) : "-",
                       b.rack.value_or("-"), b.online ? "online" : "offline",
                       std::to_string(b.leader_partitions), std::to_string(b.follower_partitions)});
    }
    table.print(out, options);
    if (cluster.spread.empty()) return;

    // Leader/follower counts per topic and broker: the spread at a glance.
    out << '\n';
    std::vector<Column> columns{{"TOPIC"}};
    for (const BrokerSummary& b : cluster.brokers) {
        columns.push_back({"BROKER " + std::to_string(b.id) + " L/F", Align::right});
    }
    Table spread(columns);
    for (const TopicSpread& t : cluster.spread) {
        std::vector<std::string> cells{t.topic};
        for (const BrokerSummary& b : cluster.brokers) {
            auto it = t.by_broker.find(b.id);
            cells.push_back(it == t.by_broker.end() ? "-"
                                                    : std::to_string(it->second.first) + "/" +
                                                          std::to_string(it->second.second));
        }
        spread.add_row(std::move(cells));
    }
    spread.print(out, options);
}

}  // namespace kfk
