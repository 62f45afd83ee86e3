#include "kfk/topic/topic_wait.hpp"

#include <algorithm>

#include "kfk/topic/topic_description.hpp"

namespace kfk {

namespace {

const TopicMetadata* find(const ClusterMetadata& md, const std::string& name) {
    auto it = std::find_if(md.topics.begin(), md.topics.end(),
                           [&](const TopicMetadata& t) { return t.name == name; });
    return it == md.topics.end() ? nullptr : &*it;
}

// Why `name` is not ready yet, or empty when it is.
std::string missing(const ClusterMetadata& md, const std::string& name,
                    const TopicWaitCondition& condition,
                    const std::map<std::string, std::int64_t>& counts) {
    const TopicMetadata* t = find(md, name);
    if (condition.deleted) return t ? name + " still exists" : "";
    if (t == nullptr || t->partitions.empty()) return name + " does not exist";
    const auto leaderless = std::count_if(t->partitions.begin(), t->partitions.end(),
                                          [](const PartitionMetadata& p) { return p.leader < 0; });
    if (leaderless > 0)
        return name + ": " + std::to_string(leaderless) + " partitions without a leader";
    if (condition.messages) {
        const auto it = counts.find(name);
        const std::int64_t have = it == counts.end() ? 0 : it->second;
        if (have < *condition.messages) {
            return name + ": " + std::to_string(have) + " of " +
                   std::to_string(*condition.messages) + " messages";
        }
    }
    return "";
}

}  // namespace

Readiness topic_readiness(const ClusterMetadata& md, const TopicWaitCondition& condition,
                          const std::map<std::string, std::int64_t>& message_counts) {
    std::string status;
    for (const std::string& name : condition.topics) {
        const std::string why = missing(md, name, condition, message_counts);
        if (!why.empty()) status += (status.empty() ? "" : "; ") + why;
    }
    if (!status.empty()) return {false, status};
    return {true, condition.deleted ? "deleted" : "ready"};
}

Readiness check_topics(Admin& admin, const TopicWaitCondition& condition) {
    const ClusterMetadata md = admin.metadata(condition.topics);
    std::map<std::string, std::int64_t> counts;
    if (condition.messages && !condition.deleted) {
        std::vector<TopicDescription> topics;
        for (const std::string& name : condition.topics) {
            if (const TopicMetadata* t = find(md, name)) topics.push_back(describe_topic(*t, md));
        }
        admin.fill_watermarks(topics);
        for (const TopicDescription& t : topics) {
            std::int64_t sum = 0;
            for (const PartitionDescription& p : t.partitions) {
                if (p.low && p.high) sum += *p.high - *p.low;
            }
            counts[t.name] = sum;
        }
    }
    return topic_readiness(md, condition, counts);
}

}  // namespace kfk
