#include "kfk/topic/topic_query.hpp"

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

TopicMetadata topic_metadata(Admin& admin, const std::string& name, const std::string& what) {
    return find_topic(admin.metadata({name}), name, what);
}

}  // namespace kfk
