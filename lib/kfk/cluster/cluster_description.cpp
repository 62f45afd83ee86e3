#include "kfk/cluster/cluster_description.hpp"

#include <algorithm>

namespace kfk {

ClusterDescription describe_cluster(const ClusterMetadata& metadata) {
    ClusterDescription out;
    out.cluster_id = metadata.cluster_id;

    std::map<std::int32_t, BrokerSummary> by_id;
    for (const BrokerAddress& b : metadata.brokers) {
        BrokerSummary& s = by_id[b.id];
        s.id = b.id;
        s.host = b.host;
        s.port = b.port;
    }
    // A replica on a broker the metadata does not list is on a broker that is down:
    // Metadata v4 has no offline-replica field, so this is how to see it.
    auto broker = [&](std::int32_t id) -> BrokerSummary& {
        auto [it, inserted] = by_id.try_emplace(id);
        if (inserted) {
            it->second.id = id;
            it->second.online = false;
        }
        return it->second;
    };

    out.topic_count = static_cast<int>(metadata.topics.size());
    for (const TopicMetadata& topic : metadata.topics) {
        TopicSpread spread{topic.name, {}};
        for (const PartitionMetadata& p : topic.partitions) {
            ++out.partition_count;
            for (std::int32_t replica : p.replicas) {
                BrokerSummary& s = broker(replica);
                auto& [leading, following] = spread.by_broker[replica];
                if (replica == p.leader) {
                    ++s.leader_partitions;
                    ++leading;
                    s.leads.push_back({topic.name, p.id});
                } else {
                    ++s.follower_partitions;
                    ++following;
                    s.follows.push_back({topic.name, p.id});
                }
            }
        }
        out.spread.push_back(std::move(spread));
    }
    for (auto& [id, summary] : by_id) out.brokers.push_back(summary);
    return out;
}

}  // namespace kfk
