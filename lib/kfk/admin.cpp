#include "kfk/admin.hpp"

#include "kfk/deadline.hpp"
#include "kfk/metadata_fetch.hpp"

namespace kfk {

Admin::Admin(ClientConfig config)
    // A producer handle: the admin API runs on any handle, and a producer joins no group.
    : config_(std::move(config)), handle_(make_handle(RD_KAFKA_PRODUCER, make_conf(config_))) {}

ClusterMetadata Admin::metadata() {
    return fetch_cluster_metadata(handle_.get(), Deadline(config_.timeout), config_.brokers);
}

ClusterDescription Admin::describe_cluster() { return kfk::describe_cluster(metadata()); }

}  // namespace kfk
