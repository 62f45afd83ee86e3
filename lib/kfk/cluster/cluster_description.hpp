#pragma once
// `kfk cluster describe`: who is in the cluster and how the partitions spread over it.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kfk/client/metadata.hpp"

namespace kfk {

struct PartitionRef {
    std::string topic;
    std::int32_t partition = -1;
    bool operator==(const PartitionRef&) const = default;
};

struct BrokerSummary {
    std::int32_t id = -1;
    std::string host;                 // empty for an offline broker
    int port = 0;                     // 0 for an offline broker
    std::optional<std::string> rack;  // librdkafka 2.0.2's Metadata v4 does not carry it
    bool online = true;               // false: named as a replica but absent from the broker list
    int leader_partitions = 0;
    int follower_partitions = 0;
    std::vector<PartitionRef> leads;    // by topic, then partition
    std::vector<PartitionRef> follows;  // replicas it holds without leading them
};

// How one topic's partitions spread over the brokers: leaders and followers per broker.
struct TopicSpread {
    std::string topic;
    std::map<std::int32_t, std::pair<int, int>> by_broker;  // broker -> (leader, follower) counts
};

struct ClusterDescription {
    std::string cluster_id;
    // No controller: kfk cannot know the active one (see ClusterMetadata), and a
    // guessed one would be a wrong fact.
    int topic_count = 0;
    int partition_count = 0;
    std::vector<BrokerSummary> brokers;  // by id; offline brokers included
    std::vector<TopicSpread> spread;     // by topic name
};

// Pure: counts, for every broker, the partitions it leads and those it only follows.
ClusterDescription describe_cluster(const ClusterMetadata& metadata);

}  // namespace kfk
