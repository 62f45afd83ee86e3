#include "kfk/cluster/cluster_wait.hpp"

#include <string>

namespace kfk {

Readiness cluster_readiness(const ClusterMetadata& md, int brokers) {
    const auto have = static_cast<int>(md.brokers.size());
    int leaderless = 0;
    for (const TopicMetadata& t : md.topics) {
        for (const PartitionMetadata& p : t.partitions) leaderless += p.leader < 0 ? 1 : 0;
    }
    // "2 of 3 brokers" while short, "3 brokers" once there.
    std::string status = have < brokers ? std::to_string(have) + " of " + std::to_string(brokers) +
                                              " broker" + (brokers == 1 ? "" : "s")
                                        : std::to_string(have) + " broker" + (have == 1 ? "" : "s");
    if (leaderless > 0) {
        status += ", " + std::to_string(leaderless) + " partition" + (leaderless == 1 ? "" : "s") +
                  " without a leader";
    }
    return {have >= brokers && leaderless == 0, status};
}

}  // namespace kfk
