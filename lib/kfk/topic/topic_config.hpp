#pragma once
// Topic configuration entries as DescribeConfigs reports them.

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kfk {

struct ConfigEntry {
    std::string name;
    std::optional<std::string> value;  // nullopt: unset, or sensitive (never printed)
    std::string source;  // "dynamic_topic", "dynamic_broker", "dynamic_default_broker",
                         // "static_broker", "default", "unknown"
    bool is_default = false;
    bool read_only = false;
    bool sensitive = false;
};

enum class ConfigSelection { none, changed, all };

// "changed": every entry whose value does not come from Kafka's built-in default.
std::vector<ConfigEntry> select_configs(const std::vector<ConfigEntry>& entries,
                                        ConfigSelection selection);

// The entries set on the topic itself, as AlterConfigs must write them back.
std::vector<ConfigEntry> dynamic_topic_configs(const std::vector<ConfigEntry>& entries);

}  // namespace kfk

namespace kfk {

// The whole set of dynamic topic configs AlterConfigs must write so that only the
// named keys change: `current` dynamic entries, with `set` applied and `remove` taken
// out. A sensitive entry (whose value the broker never returns) that would have to be
// written back is a usage Error rather than silently lost.
std::vector<std::pair<std::string, std::string>> merged_topic_configs(
    const std::vector<ConfigEntry>& current,
    const std::vector<std::pair<std::string, std::string>>& set,
    const std::vector<std::string>& remove);

}  // namespace kfk
