#pragma once
// The flags `acl list`, `acl create` and `acl delete` share (resource, principal,
// host, operation, permission, pattern type), and their translation into a filter.

#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"
#include "kfk/acl/acl_binding.hpp"

namespace kfk::cli {

struct AclFlags {
    std::optional<std::string> topic;
    std::optional<std::string> group;
    bool cluster = false;
    // Resource kinds Kafka has and librdkafka 2.0.2 cannot send: accepted as flags only
    // to refuse them with a reason rather than "unknown option".
    std::optional<std::string> transactional_id;
    std::optional<std::string> user;
    std::optional<std::string> principal;
    std::optional<std::string> host;
    std::vector<std::string> operations;
    std::optional<std::string> pattern_type;
    bool allow = false;
    bool deny = false;
};

// Adds the flags to `cmd`; `creating` makes --operation a comma list and documents the
// defaults of create.
void add_acl_flags(CLI::App* cmd, AclFlags& flags, bool creating);

// The filter the flags describe; `default_pattern` when --pattern-type is not given.
// Usage errors name `what_failed`.
AclFilter acl_filter(const AclFlags& flags, AclPatternType default_pattern,
                     const std::string& what_failed);

}  // namespace kfk::cli
