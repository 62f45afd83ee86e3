#include "kfk/topic/topic_query.hpp"

#include <future>
#include <map>
#include <optional>

namespace kfk {

std::vector<TopicDescription> describe_topics(Admin& admin, const TopicSelection& selection,
                                              Watermarks watermarks, const std::string& what) {
    // A pattern needs every topic's name; named topics need only their own metadata.
    const ClusterMetadata md =
        admin.metadata(selection.pattern ? std::vector<std::string>{} : selection.names);
    std::vector<TopicDescription> topics;
    for (const TopicMetadata* t :
         select_topics(md, selection.names, selection.pattern, selection.include_internal, what)) {
        topics.push_back(describe_topic(*t, md));
    }
    if (watermarks == Watermarks::read) admin.fill_watermarks(topics);
    return topics;
}

namespace {

// The broker that leads most of `topics`' partitions (lowest id on a tie), or none when
// no partition has a leader. Watermarks are asked of every leader, so its connection is
// made anyway: the configs asked of it need no connection of their own, where the
// "controller" librdkafka would pick needs a lookup first and is often another broker.
std::optional<std::int32_t> busiest_leader(const std::vector<TopicDescription>& topics) {
    std::map<std::int32_t, int> led;
    for (const TopicDescription& t : topics) {
        for (const PartitionDescription& p : t.partitions) {
            if (p.leader >= 0) ++led[p.leader];
        }
    }
    std::optional<std::int32_t> best;
    for (const auto& [broker, count] : led) {
        if (!best || count > led[*best]) best = broker;
    }
    return best;
}

}  // namespace

TopicsWithConfigs describe_topics_with_configs(Admin& admin, const TopicSelection& selection,
                                               const std::string& what) {
    TopicsWithConfigs result;
    result.topics = describe_topics(admin, selection, Watermarks::skip, what);
    std::vector<std::string> names;
    for (const TopicDescription& t : result.topics) names.push_back(t.name);
    // The handle is thread-safe; each call waits on a queue of its own, so the
    // DescribeConfigs and both watermark lookups are in flight together.
    const std::optional<std::int32_t> target = busiest_leader(result.topics);
    auto configs = std::async(std::launch::async, [&admin, &names, target] {
        return admin.topic_configs(names, target);
    });
    admin.fill_watermarks(result.topics);
    result.configs = configs.get();
    return result;
}

TopicMetadata topic_metadata(Admin& admin, const std::string& name, const std::string& what) {
    return find_topic(admin.metadata({name}), name, what);
}

}  // namespace kfk
