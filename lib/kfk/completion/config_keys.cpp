#include "kfk/completion/config_keys.hpp"

#include <algorithm>
#include <iterator>

#include "kfk/client/admin.hpp"
#include "kfk/config_target.hpp"

namespace kfk {

namespace {

std::vector<std::string> sorted_names(const std::vector<ConfigEntry>& entries) {
    std::vector<std::string> names;
    for (const ConfigEntry& e : entries) names.push_back(e.name);
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<ConfigEntry> describe_topic(const ClientConfig& config, const std::string& topic) {
    Admin admin(config);
    return admin.topic_configs({topic}).at(topic);
}

}  // namespace

std::vector<std::string> settable_config_keys(const std::vector<ConfigEntry>& entries) {
    std::vector<ConfigEntry> settable;
    std::copy_if(entries.begin(), entries.end(), std::back_inserter(settable),
                 [](const ConfigEntry& e) { return !e.read_only; });
    return sorted_names(settable);
}

std::vector<std::string> own_config_keys(const std::vector<ConfigEntry>& entries,
                                         const std::string& topic) {
    return sorted_names(own_dynamic_configs(entries, ConfigTarget::topic(topic)));
}

std::vector<std::string> fetch_settable_config_keys(const ClientConfig& config,
                                                    const std::string& topic) {
    return settable_config_keys(describe_topic(config, topic));
}

std::vector<std::string> fetch_own_config_keys(const ClientConfig& config,
                                               const std::string& topic) {
    return own_config_keys(describe_topic(config, topic), topic);
}

}  // namespace kfk
