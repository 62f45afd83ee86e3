#include "kfk/topic/topic_config.hpp"

#include <algorithm>

#include "kfk/error.hpp"

namespace kfk {

namespace {

// "the sensitive dynamic config a" / "the sensitive dynamic configs a, b".
std::string sensitive_keys_phrase(const std::vector<std::string>& keys) {
    std::string out = keys.size() == 1 ? "the sensitive dynamic config "
                                       : "the sensitive "
                                         "dynamic configs ";
    for (std::size_t i = 0; i < keys.size(); ++i) out += (i ? ", " : "") + keys[i];
    return out;
}

}  // namespace

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

std::vector<ConfigEntry> own_dynamic_configs(const std::vector<ConfigEntry>& entries,
                                             const ConfigTarget& target) {
    std::vector<ConfigEntry> out;
    for (const ConfigEntry& e : entries) {
        if (e.source == target.own_source()) out.push_back(e);
    }
    return out;
}

ConfigPairs merged_dynamic_configs(const ConfigTarget& target,
                                   const std::vector<ConfigEntry>& current, const ConfigPairs& set,
                                   const std::vector<std::string>& remove) {
    auto named = [](const std::string& key) {
        return [&key](const auto& entry) { return entry.first == key; };
    };
    ConfigPairs merged;
    std::vector<std::string> unknowable;  // sensitive entries that would have to be kept
    for (const ConfigEntry& e : own_dynamic_configs(current, target)) {
        const bool replaced = std::any_of(set.begin(), set.end(), named(e.name));
        const bool removed = std::find(remove.begin(), remove.end(), e.name) != remove.end();
        if (replaced || removed) continue;
        if (!e.value) {
            unknowable.push_back(e.name);
            continue;
        }
        merged.emplace_back(e.name, *e.value);
    }
    if (!unknowable.empty()) {
        const bool one = unknowable.size() == 1;
        throw_usage("alter configs of " + target.label(),
                    "the broker never returns the value of " + sensitive_keys_phrase(unknowable) +
                        ", and AlterConfigs (librdkafka 2.0.2 has no incremental one) replaces "
                        "the whole set, so the write would wipe " +
                        (one ? "it" : "them") + "; nothing was changed",
                    "kafka-configs.sh --alter changes single keys incrementally; or --set " +
                        std::string(one ? "it" : "them") + " again in this command");
    }
    for (const auto& entry : set) {
        std::erase_if(merged, named(entry.first));
        merged.push_back(entry);
    }
    std::sort(merged.begin(), merged.end());
    return merged;
}

bool own_configs_are(const std::vector<ConfigEntry>& entries, const ConfigTarget& target,
                     const ConfigPairs& expected) {
    std::vector<ConfigEntry> own = own_dynamic_configs(entries, target);
    if (own.size() != expected.size()) return false;
    return std::all_of(own.begin(), own.end(), [&expected](const ConfigEntry& e) {
        return std::any_of(expected.begin(), expected.end(), [&e](const auto& pair) {
            return pair.first == e.name && (e.sensitive || e.value == pair.second);
        });
    });
}

}  // namespace kfk
