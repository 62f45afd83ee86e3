#include "kfk/topic/topic_lookup.hpp"

#include "kfk/error.hpp"

namespace kfk {

const TopicMetadata& require_topic(const ClusterMetadata& md, const std::string& name,
                                   const std::string& what) {
    for (const TopicMetadata& t : md.topics) {
        if (t.name == name) return t;
    }
    throw Error(ExitCode::not_found, what, "topic " + name + " does not exist");
}

}  // namespace kfk
