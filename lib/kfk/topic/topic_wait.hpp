#pragma once
// `kfk topic wait`: the topics exist with every partition led (and hold at least N
// messages), or are gone.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kfk/client/admin.hpp"
#include "kfk/wait_loop.hpp"

namespace kfk {

struct TopicWaitCondition {
    std::vector<std::string> topics;
    std::optional<std::int64_t> messages;  // at least this many (high - low, summed)
    bool deleted = false;                  // wait for the topics to be gone instead
};

// The condition on given metadata and message counts (by topic; needed only with
// `messages`). Pure, so that it can be tested without a cluster.
Readiness topic_readiness(const ClusterMetadata& md, const TopicWaitCondition& condition,
                          const std::map<std::string, std::int64_t>& message_counts);

// Asks the cluster (metadata, and watermarks when counting messages) and judges.
Readiness check_topics(Admin& admin, const TopicWaitCondition& condition);

}  // namespace kfk
