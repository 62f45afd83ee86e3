#include "kfk/topic/topic_config.hpp"

namespace kfk {

std::vector<ConfigEntry> select_configs(const std::vector<ConfigEntry>& entries,
                                        ConfigSelection selection) {
    if (selection == ConfigSelection::all) return entries;
    std::vector<ConfigEntry> out;
    if (selection == ConfigSelection::none) return out;
    for (const ConfigEntry& e : entries) {
        if (!e.is_default && e.source != "default") out.push_back(e);
    }
    return out;
}

std::vector<ConfigEntry> dynamic_topic_configs(const std::vector<ConfigEntry>& entries) {
    std::vector<ConfigEntry> out;
    for (const ConfigEntry& e : entries) {
        if (e.source == "dynamic_topic") out.push_back(e);
    }
    return out;
}

}  // namespace kfk

#include <algorithm>

#include "kfk/error.hpp"

namespace kfk {

std::vector<std::pair<std::string, std::string>> merged_topic_configs(
    const std::vector<ConfigEntry>& current,
    const std::vector<std::pair<std::string, std::string>>& set,
    const std::vector<std::string>& remove) {
    auto named = [](const std::string& key) {
        return [&key](const auto& entry) { return entry.first == key; };
    };
    std::vector<std::pair<std::string, std::string>> merged;
    for (const ConfigEntry& e : dynamic_topic_configs(current)) {
        const bool replaced = std::any_of(set.begin(), set.end(), named(e.name));
        const bool removed = std::find(remove.begin(), remove.end(), e.name) != remove.end();
        if (replaced || removed) continue;
        if (!e.value) {
            throw_usage("alter config " + e.name,
                        "the broker does not reveal this sensitive value, so it cannot be kept "
                        "while other keys change",
                        "set it again in the same command with --set");
        }
        merged.emplace_back(e.name, *e.value);
    }
    for (const auto& entry : set) {
        std::erase_if(merged, named(entry.first));
        merged.push_back(entry);
    }
    std::sort(merged.begin(), merged.end());
    return merged;
}

}  // namespace kfk
