#pragma once
// The topics consumer groups have committed offsets for, for completing `group lag G
// --topic` and its siblings: a group's other topics are not worth offering there.

#include <map>
#include <string>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/group/group_admin.hpp"

namespace kfk {

// Every topic named in `offsets` (by group, as GroupAdmin::committed_offsets returns
// them), sorted, each once.
std::vector<std::string> committed_topics(
    const std::map<std::string, GroupAdmin::Offsets>& offsets);

// committed_topics of `groups`, asked of the cluster. A group the brokers do not know has
// no offsets: it adds no topics. Throws Error.
std::vector<std::string> fetch_group_topics(const ClientConfig& config,
                                            const std::vector<std::string>& groups);

}  // namespace kfk
