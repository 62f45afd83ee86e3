#pragma once
// Names that live in the cluster (topics, consumer groups, a topic's config keys, a
// group's topics), fetched for shell completion under a hard deadline: a tab must never
// hang the shell, also when no broker answers.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/client/client_config.hpp"

namespace kfk {

enum class LiveNameKind {
    topic,
    group,
    settable_config_key,  // of the topic given as subject (config_keys.hpp)
    own_config_key,       // likewise, only those set on the topic itself
    group_topic,          // the topics the groups given as subjects committed offsets for
};

// A name for the kind that fits in a file name (the completion cache's).
std::string_view to_string(LiveNameKind kind);

// The names of `kind`, of `subjects` where the kind needs them (a topic, groups); fetched
// in this process. Throws Error.
std::vector<std::string> fetch_names(LiveNameKind kind, const std::vector<std::string>& subjects,
                                     const ClientConfig& config);

// Every topic name (internal ones included), sorted. Throws Error like Admin does.
std::vector<std::string> fetch_topic_names(const ClientConfig& config);

// Every consumer group name, sorted, through the legacy ListGroups v0 request
// (rd_kafka_list_groups): librdkafka 2.0.2's ListConsumerGroups sends a malformed v3+
// request. Throws Error.
std::vector<std::string> fetch_group_names(const ClientConfig& config);

// fetch_names in a child process that is killed at `deadline`, so that neither a slow
// connection nor librdkafka's shutdown can outlast it. nullopt when the cluster did not
// answer in time or anything failed; never throws, never prints.
std::optional<std::vector<std::string>> fetch_names_by(
    LiveNameKind kind, const std::vector<std::string>& subjects, const ClientConfig& config,
    std::chrono::steady_clock::time_point deadline);

}  // namespace kfk
