#pragma once
// `cluster config` as a table (one row per broker and config) or JSON (shape:
// man/kfk-cluster.1). Sensitive values are "(secret)" / null, never their value.

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "kfk/cluster/broker_config.hpp"
#include "kfk/render/output_format.hpp"

namespace kfk {

void to_json(nlohmann::ordered_json& j, const BrokerConfig& broker);
void render(const std::vector<BrokerConfig>& brokers, const RenderOptions& options,
            std::ostream& out);

}  // namespace kfk
