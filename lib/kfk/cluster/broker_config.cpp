#include "kfk/cluster/broker_config.hpp"

#include <algorithm>

namespace kfk {

std::vector<BrokerConfig> broker_configs(Admin& admin, std::optional<std::int32_t> broker,
                                         bool all) {
    const ClusterMetadata md = admin.metadata();
    std::vector<std::int32_t> ids;
    for (const BrokerAddress& b : md.brokers) ids.push_back(b.id);
    std::sort(ids.begin(), ids.end());
    if (broker) {
        if (std::find(ids.begin(), ids.end(), *broker) == ids.end()) {
            throw Error(ExitCode::not_found,
                        "describe configs of broker " + std::to_string(*broker),
                        "no such broker in the cluster", "'kfk cluster describe' lists them");
        }
        ids = {*broker};
    }
    std::vector<BrokerConfig> out;
    for (std::int32_t id : ids) {
        const std::vector<ConfigEntry> entries = admin.broker_configs(id);
        out.push_back(
            {id, select_configs(entries, all ? ConfigSelection::all : ConfigSelection::changed)});
    }
    return out;
}

}  // namespace kfk
