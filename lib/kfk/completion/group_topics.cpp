#include "kfk/completion/group_topics.hpp"

#include <set>

namespace kfk {

std::vector<std::string> committed_topics(
    const std::map<std::string, GroupAdmin::Offsets>& offsets) {
    std::set<std::string> topics;
    for (const auto& [group, partitions] : offsets) {
        for (const auto& [key, offset] : partitions) topics.insert(key.first);
    }
    return {topics.begin(), topics.end()};
}

std::vector<std::string> fetch_group_topics(const ClientConfig& config,
                                            const std::vector<std::string>& groups) {
    Admin admin(config);
    GroupAdmin group_admin(admin);
    group_admin.describe_members(groups);  // see committed_offsets: the coordinator first
    return committed_topics(group_admin.committed_offsets(groups));
}

}  // namespace kfk
