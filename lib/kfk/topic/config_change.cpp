#include "kfk/topic/config_change.hpp"

#include <algorithm>

#include "kfk/error.hpp"

namespace kfk {

ConfigChange checked_config_change(const std::vector<Property>& set,
                                   const std::vector<std::string>& remove,
                                   const std::string& command) {
    ConfigChange change;
    for (const Property& p : set) {
        const auto same_key = std::find_if(change.set.begin(), change.set.end(),
                                           [&](const Property& q) { return q.key == p.key; });
        if (same_key == change.set.end()) {
            change.set.push_back(p);
        } else if (same_key->value != p.value) {
            throw_usage(
                command,
                "--set " + p.key + " twice, to '" + same_key->value + "' and '" + p.value + "'",
                "set it once");
        }
    }
    for (const std::string& key : remove) {
        const bool also_set = std::any_of(change.set.begin(), change.set.end(),
                                          [&](const Property& p) { return p.key == key; });
        if (also_set) {
            throw_usage(command, "--set and --delete of the same key " + key,
                        "nothing was changed; use one of them");
        }
        if (std::find(change.remove.begin(), change.remove.end(), key) == change.remove.end())
            change.remove.push_back(key);
    }
    return change;
}

std::vector<std::string> keys_not_set(const std::vector<ConfigEntry>& entries,
                                      const ConfigTarget& target,
                                      const std::vector<std::string>& remove) {
    const std::vector<ConfigEntry> dynamic = own_dynamic_configs(entries, target);
    std::vector<std::string> out;
    for (const std::string& key : remove) {
        const bool set = std::any_of(dynamic.begin(), dynamic.end(),
                                     [&](const ConfigEntry& e) { return e.name == key; });
        if (!set) out.push_back(key);
    }
    return out;
}

ItemResult config_change_result(std::string name, const ConfigChange& change,
                                const std::vector<std::string>& not_set, bool dry_run) {
    std::string message;
    const auto add = [&message](const std::string& part) {
        message += (message.empty() ? "" : ", ") + part;
    };
    for (const Property& p : change.set) add("set " + p.key + "=" + p.value);
    for (const std::string& key : change.remove) {
        const bool unset = std::find(not_set.begin(), not_set.end(), key) != not_set.end();
        add(unset ? key + " was not set (nothing to delete)" : "deleted " + key);
    }
    const bool unchanged = change.set.empty() && not_set.size() == change.remove.size();
    const char* status = unchanged ? "unchanged" : dry_run ? "would alter" : "altered";
    return {std::move(name), status, ExitCode::ok, message};
}

}  // namespace kfk
