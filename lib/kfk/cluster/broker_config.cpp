#include "kfk/cluster/broker_config.hpp"

#include <algorithm>

namespace kfk {

namespace {

std::vector<std::int32_t> broker_ids(Admin& admin) {
    std::vector<std::int32_t> ids;
    for (const BrokerAddress& b : admin.brokers()) ids.push_back(b.id);  // by id
    return ids;
}

void require_listed(const std::vector<std::int32_t>& ids, std::int32_t broker,
                    const std::string& what) {
    if (std::find(ids.begin(), ids.end(), broker) == ids.end()) {
        throw Error(ExitCode::not_found, what, "no such broker in the cluster",
                    "'kfk cluster describe' lists them");
    }
}

}  // namespace

void require_broker(Admin& admin, std::int32_t broker, const std::string& what) {
    require_listed(broker_ids(admin), broker, what);
}

std::vector<BrokerConfig> broker_configs(Admin& admin, std::optional<std::int32_t> broker,
                                         bool all) {
    std::vector<std::int32_t> ids = broker_ids(admin);
    if (broker) {
        require_listed(ids, *broker, "describe configs of broker " + std::to_string(*broker));
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
