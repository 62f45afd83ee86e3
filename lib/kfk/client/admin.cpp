#include "kfk/client/admin.hpp"

#include "kfk/client/metadata_fetch.hpp"
#include "kfk/client/rdkafka_handle.hpp"

namespace kfk {

namespace {

ClientConfig admin_client_config(ClientConfig config) {
    // Watermarks must be high watermarks, not the last stable offset librdkafka's
    // default read_committed would give.
    config.properties.insert(config.properties.begin(), {"isolation.level", "read_uncommitted"});
    return config;
}

}  // namespace

Admin::Admin(ClientConfig config)
    : config_(admin_client_config(std::move(config))),
      deadline_(config_.timeout),
      // A consumer handle without group.id: it runs the admin API, ListOffsets with the
      // isolation level above, and joins no group.
      handle_(make_handle(RD_KAFKA_CONSUMER, make_conf(config_)).release()) {}

void Admin::HandleRelease::operator()(rd_kafka_t* handle) const noexcept {
    rd_kafka_destroy(handle);
}

ClusterMetadata Admin::metadata(const std::vector<std::string>& topics) {
    return fetch_cluster_metadata(handle_.get(), deadline_, config_.brokers, topics);
}

std::vector<BrokerAddress> Admin::brokers() {
    return fetch_brokers(handle_.get(), deadline_, config_.brokers);
}

ClusterDescription Admin::describe_cluster() { return kfk::describe_cluster(metadata()); }

}  // namespace kfk
