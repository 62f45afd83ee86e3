#pragma once
// One config change as typed (`topic config`, `cluster config`): --set and --delete,
// checked as a whole before anything is sent, so that a contradiction changes nothing;
// and the status row that reports it.

#include <string>
#include <vector>

#include "kfk/batch_result.hpp"
#include "kfk/client/client_config.hpp"
#include "kfk/topic/topic_config.hpp"

namespace kfk {

struct ConfigChange {
    std::vector<Property> set;
    std::vector<std::string> remove;
};

// `set` and `remove` with exact repeats dropped (first order kept). A key both set and
// deleted, or set to two different values, is a usage Error of `command` naming the key.
ConfigChange checked_config_change(const std::vector<Property>& set,
                                   const std::vector<std::string>& remove,
                                   const std::string& command);

// The keys of `remove` that `target` does not set itself (`entries` as DescribeConfigs
// reports them): deleting them would change nothing.
std::vector<std::string> keys_not_set(const std::vector<ConfigEntry>& entries,
                                      const ConfigTarget& target,
                                      const std::vector<std::string>& remove);

// The status row of a change made (or validated, with `dry_run`) on the item `name`:
// "altered" / "would alter" / "unchanged" (when every key to delete was not set), and
// "set retention.ms=5, deleted cleanup.policy, segment.ms was not set (nothing to
// delete)".
ItemResult config_change_result(std::string name, const ConfigChange& change,
                                const std::vector<std::string>& not_set, bool dry_run);

}  // namespace kfk
