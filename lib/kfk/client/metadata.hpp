#pragma once
// The cluster as a Metadata response describes it, in kfk's own structs, so that
// everything above this layer (summaries, renderers, tests) is free of librdkafka.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace kfk {

struct BrokerAddress {
    std::int32_t id = -1;
    std::string host;
    int port = 0;
};

struct PartitionMetadata {
    std::int32_t id = -1;
    std::int32_t leader = -1;  // -1: no leader
    std::vector<std::int32_t> replicas;
    std::vector<std::int32_t> isr;
    std::string error;  // empty unless the broker reported one for this partition
};

struct TopicMetadata {
    std::string name;
    std::vector<PartitionMetadata> partitions;
    std::string error;  // empty unless the broker reported one for this topic
};

struct ClusterMetadata {
    std::string cluster_id;
    // No controller: in KRaft the Metadata response names a random broker as the
    // controller, and librdkafka 2.0.2 cannot ask the quorum (DescribeQuorum).
    std::vector<BrokerAddress> brokers;
    std::vector<TopicMetadata> topics;
};

// The partitions of `cluster` that have a leader, as (topic, partition): the only ones
// whose offsets can be asked for (a deleted topic's would be waited for until the deadline).
inline std::set<std::pair<std::string, std::int32_t>> partitions_with_leader(
    const ClusterMetadata& cluster) {
    std::set<std::pair<std::string, std::int32_t>> serving;
    for (const TopicMetadata& t : cluster.topics) {
        for (const PartitionMetadata& p : t.partitions) {
            if (p.leader >= 0) serving.insert({t.name, p.id});
        }
    }
    return serving;
}

}  // namespace kfk
