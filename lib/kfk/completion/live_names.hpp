#pragma once
// Names that live in the cluster (topics, consumer groups), fetched for shell completion
// under a hard deadline: a tab must never hang the shell, also when no broker answers.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/client/client_config.hpp"

namespace kfk {

enum class LiveNameKind { topic, group };

std::string_view to_string(LiveNameKind kind);

// Every topic name (internal ones included), sorted. Throws Error like Admin does.
std::vector<std::string> fetch_topic_names(const ClientConfig& config);

// Every consumer group name, sorted, through the legacy ListGroups v0 request
// (rd_kafka_list_groups): librdkafka 2.0.2's ListConsumerGroups sends a malformed v3+
// request. Throws Error.
std::vector<std::string> fetch_group_names(const ClientConfig& config);

// The names of `kind`, fetched in a child process that is killed at `deadline`, so that
// neither a slow connection nor librdkafka's shutdown can outlast it. nullopt when the
// cluster did not answer in time or anything failed; never throws, never prints.
std::optional<std::vector<std::string>> fetch_names_by(
    LiveNameKind kind, const ClientConfig& config, std::chrono::steady_clock::time_point deadline);

}  // namespace kfk
