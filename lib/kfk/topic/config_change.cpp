#include "kfk/topic/config_change.hpp"

#include <algorithm>

#include "kfk/error.hpp"

namespace kfk {

ConfigChange checked_config_change(const std::vector<Property>& set,
                                   const std::vector<std::string>& remove) {
    ConfigChange change;
    for (const Property& p : set) {
        const auto same_key = std::find_if(change.set.begin(), change.set.end(),
                                           [&](const Property& q) { return q.key == p.key; });
        if (same_key == change.set.end()) {
            change.set.push_back(p);
        } else if (same_key->value != p.value) {
            throw_usage(
                "topic config",
                "--set " + p.key + " twice, to '" + same_key->value + "' and '" + p.value + "'",
                "set it once");
        }
    }
    for (const std::string& key : remove) {
        const bool also_set = std::any_of(change.set.begin(), change.set.end(),
                                          [&](const Property& p) { return p.key == key; });
        if (also_set) {
            throw_usage("topic config", "--set and --delete of the same key " + key,
                        "nothing was changed; use one of them");
        }
        if (std::find(change.remove.begin(), change.remove.end(), key) == change.remove.end())
            change.remove.push_back(key);
    }
    return change;
}

std::vector<std::string> keys_not_set(const std::vector<ConfigEntry>& entries,
                                      const std::vector<std::string>& remove) {
    const std::vector<ConfigEntry> dynamic = dynamic_topic_configs(entries);
    std::vector<std::string> out;
    for (const std::string& key : remove) {
        const bool set = std::any_of(dynamic.begin(), dynamic.end(),
                                     [&](const ConfigEntry& e) { return e.name == key; });
        if (!set) out.push_back(key);
    }
    return out;
}

}  // namespace kfk
