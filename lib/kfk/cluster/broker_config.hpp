#pragma once
// `cluster config`: each broker's configs with where each value comes from (set for
// this broker, set as the cluster-wide dynamic default, the broker's properties file,
// Kafka's default), as kafka-configs --entity-type brokers --describe --all shows them.

#include <cstdint>
#include <string>
#include <vector>

#include "kfk/client/admin.hpp"
#include "kfk/topic/topic_config.hpp"

namespace kfk {

struct BrokerConfig {
    std::int32_t broker = -1;
    std::vector<ConfigEntry> entries;  // by name; sensitive values never carried
};

// Fails with not_found (naming `what`) unless `broker` is a broker of the cluster.
void require_broker(Admin& admin, std::int32_t broker, const std::string& what);

// The configs of `broker` (every broker of the cluster when none), all entries or only
// those not at Kafka's default. An unknown broker id is not_found.
std::vector<BrokerConfig> broker_configs(Admin& admin, std::optional<std::int32_t> broker,
                                         bool all);

}  // namespace kfk
