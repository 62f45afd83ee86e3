#pragma once
// `kfk cluster describe`: who is in the cluster and how the partitions spread over it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kfk/metadata.hpp"

namespace kfk {

struct BrokerSummary {
    std::int32_t id = -1;
    std::string host;  // empty for an offline broker
    int port = 0;      // 0 for an offline broker
    std::optional<std::string> rack;  // librdkafka 2.0.2's Metadata v4 does not carry it
    bool online = true;  // false: named as a replica but absent from the broker list
    bool is_controller = false;
    int leader_partitions = 0;
    int follower_partitions = 0;
};

struct ClusterDescription {
    std::string cluster_id;
    std::optional<std::int32_t> controller_id;
    int topic_count = 0;
    int partition_count = 0;
    std::vector<BrokerSummary> brokers;  // by id; offline brokers included
};

// Pure: counts, for every broker, the partitions it leads and those it only follows.
ClusterDescription describe_cluster(const ClusterMetadata& metadata);

}  // namespace kfk
