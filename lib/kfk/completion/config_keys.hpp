#pragma once
// The config keys of one topic, for completing `topic config T --set KEY=` and
// `--delete KEY`: taken from the topic's own DescribeConfigs answer (the call `topic
// config T` makes), so the list fits the cluster's Kafka version without a table in kfk.

#include <string>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/topic/topic_config.hpp"

namespace kfk {

// The keys --set may change: every entry but the read-only ones, sorted.
std::vector<std::string> settable_config_keys(const std::vector<ConfigEntry>& entries);

// The keys set on `topic` itself: the only ones --delete has anything to remove from.
std::vector<std::string> own_config_keys(const std::vector<ConfigEntry>& entries,
                                         const std::string& topic);

// DescribeConfigs of `topic`, reduced by one of the two above. Throws Error (an unknown
// topic included).
std::vector<std::string> fetch_settable_config_keys(const ClientConfig& config,
                                                    const std::string& topic);
std::vector<std::string> fetch_own_config_keys(const ClientConfig& config,
                                               const std::string& topic);

}  // namespace kfk
