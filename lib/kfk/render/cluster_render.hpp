#pragma once
// Draws a ClusterDescription as a table or as JSON. Both come from the same struct.

#include <nlohmann/json.hpp>
#include <ostream>

#include "kfk/cluster/cluster_description.hpp"
#include "kfk/render/output_format.hpp"

namespace kfk {

void to_json(nlohmann::ordered_json& j, const PartitionRef& ref);
void to_json(nlohmann::ordered_json& j, const BrokerSummary& broker);
void to_json(nlohmann::ordered_json& j, const ClusterDescription& cluster);

void render(const ClusterDescription& cluster, const RenderOptions& options, std::ostream& out);

}  // namespace kfk
