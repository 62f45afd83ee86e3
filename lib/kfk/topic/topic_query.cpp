#include "kfk/topic/topic_query.hpp"

#include <future>
#include <set>

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

TopicsWithConfigs describe_topics_with_configs(Admin& admin, const TopicSelection& selection,
                                               const std::string& what) {
    // The handle is thread-safe; each call waits on a queue of its own. Named topics'
    // configs are asked for at once, beside the metadata; a pattern's once it is matched.
    const auto configs_of = [&admin](std::vector<std::string> names) {
        return std::async(std::launch::async,
                          [&admin, names] { return admin.topic_configs(names); });
    };
    const std::set<std::string> named(selection.names.begin(), selection.names.end());
    std::future<std::map<std::string, std::vector<ConfigEntry>>> configs;
    if (!selection.pattern) configs = configs_of({named.begin(), named.end()});
    TopicsWithConfigs result;
    result.topics = describe_topics(admin, selection, Watermarks::skip, what);
    if (selection.pattern) {
        std::vector<std::string> names;
        for (const TopicDescription& t : result.topics) names.push_back(t.name);
        configs = configs_of(std::move(names));
    }
    admin.fill_watermarks(result.topics);
    result.configs = configs.get();
    return result;
}

TopicMetadata topic_metadata(Admin& admin, const std::string& name, const std::string& what) {
    return find_topic(admin.metadata({name}), name, what);
}

}  // namespace kfk
