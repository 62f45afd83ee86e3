#pragma once
// Config entries as DescribeConfigs reports them (of a topic or of a broker), and the
// read-modify-write that AlterConfigs needs to change only some keys.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kfk/config_target.hpp"

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

// The entries set on `target` itself, as AlterConfigs must write them back.
std::vector<ConfigEntry> own_dynamic_configs(const std::vector<ConfigEntry>& entries,
                                             const ConfigTarget& target);

using ConfigPairs = std::vector<std::pair<std::string, std::string>>;

// The whole set of dynamic configs AlterConfigs must write to `target` so that only the
// named keys change: its `current` own entries, with `set` applied and `remove` taken
// out, sorted by key. A sensitive entry that would have to be written back (the broker
// never returns its value) is a usage Error naming every such key: writing without it
// would wipe it.
ConfigPairs merged_dynamic_configs(const ConfigTarget& target,
                                   const std::vector<ConfigEntry>& current, const ConfigPairs& set,
                                   const std::vector<std::string>& remove);

// Whether `target`'s own entries (as `entries` reports them) are exactly `expected`:
// the same keys, and the same values except for sensitive ones, whose value never comes
// back.
bool own_configs_are(const std::vector<ConfigEntry>& entries, const ConfigTarget& target,
                     const ConfigPairs& expected);

}  // namespace kfk
