#pragma once
// Tables and JSON for topics, partitions, configs and batch results. Each JSON shape
// is drawn from the same struct as its table, so the two cannot drift apart.

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "kfk/batch_result.hpp"
#include "kfk/render/output_format.hpp"
#include "kfk/topic/topic_config.hpp"
#include "kfk/topic/topic_description.hpp"

namespace kfk {

// One row of `partitions list`: the partition, and with --broker the broker's role.
struct PartitionRow {
    std::string topic;
    PartitionDescription partition;
    std::optional<std::string> role;  // "leader" or "follower"
};

// The rows of `partitions list`; by_broker (--broker) adds the ROLE column, also to an
// empty table.
struct PartitionRows {
    std::vector<PartitionRow> rows;
    bool by_broker = false;
};

struct TopicConfigs {
    std::string topic;
    std::vector<ConfigEntry> configs;
};

void to_json(nlohmann::ordered_json& j, const ConfigEntry& entry);
void to_json(nlohmann::ordered_json& j, const PartitionDescription& partition);
void to_json(nlohmann::ordered_json& j, const TopicDescription& topic);
void to_json(nlohmann::ordered_json& j, const TopicSummary& topic);
void to_json(nlohmann::ordered_json& j, const ItemResult& item);

void render(const std::vector<TopicSummary>& topics, const RenderOptions& options,
            std::ostream& out);
void render(const std::vector<TopicDescription>& topics, const RenderOptions& options,
            std::ostream& out);
void render(const PartitionRows& list, const RenderOptions& options, std::ostream& out);
void render(const TopicConfigs& configs, const RenderOptions& options, std::ostream& out);
// Status rows of a batch (create, delete, add partitions, alter configs).
void render(const std::vector<ItemResult>& items, const RenderOptions& options, std::ostream& out);

}  // namespace kfk
