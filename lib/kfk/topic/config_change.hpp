#pragma once
// One `topic config` change as typed: --set and --delete, checked as a whole before
// anything is sent, so that a contradiction changes nothing.

#include <string>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/topic/topic_config.hpp"

namespace kfk {

struct ConfigChange {
    std::vector<Property> set;
    std::vector<std::string> remove;
};

// `set` and `remove` with exact repeats dropped (first order kept). A key both set and
// deleted, or set to two different values, is a usage Error naming the key.
ConfigChange checked_config_change(const std::vector<Property>& set,
                                   const std::vector<std::string>& remove);

// The keys of `remove` that the topic does not set itself (`entries` as DescribeConfigs
// reports them): deleting them would change nothing.
std::vector<std::string> keys_not_set(const std::vector<ConfigEntry>& entries,
                                      const std::vector<std::string>& remove);

}  // namespace kfk
