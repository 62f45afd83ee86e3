#pragma once
// The steps every command that looks at topics takes, in one place: ask the cluster's
// metadata for the topics it names (only those: a cluster may hold thousands), pick
// them, describe them, and read their watermarks when it shows them.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kfk/client/admin.hpp"
#include "kfk/client/metadata.hpp"
#include "kfk/topic/topic_description.hpp"

namespace kfk {

// The topics a command addresses: named ones, or those whose whole name matches a
// pattern (internal ones only when named or included), as select_topics takes them.
struct TopicSelection {
    std::vector<std::string> names;
    std::optional<std::string> pattern;
    bool include_internal = false;
};

enum class Watermarks : bool { skip, read };

// The selected topics described, sorted by name; a named topic that does not exist is
// find_topic's not-found Error for `what`.
std::vector<TopicDescription> describe_topics(Admin& admin, const TopicSelection& selection,
                                              Watermarks watermarks, const std::string& what);

// describe_topics with watermarks, and every described topic's configs: after the
// metadata, the DescribeConfigs and both watermark lookups are in flight together.
struct TopicsWithConfigs {
    std::vector<TopicDescription> topics;
    std::map<std::string, std::vector<ConfigEntry>> configs;  // by topic name
};
TopicsWithConfigs describe_topics_with_configs(Admin& admin, const TopicSelection& selection,
                                               const std::string& what);

// The metadata of the one topic `name`, asked for alone, or find_topic's not-found
// Error for `what`.
TopicMetadata topic_metadata(Admin& admin, const std::string& name, const std::string& what);

}  // namespace kfk
