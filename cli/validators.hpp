#pragma once
// CLI11 validators shared by several commands, so a malformed value is a usage error
// at parse time with the same wording everywhere.

#include <CLI/CLI.hpp>

namespace kfk::cli {

// KEY=VALUE with a non-empty key.
const CLI::Validator& key_value_validator();

// A duration such as 500ms, 10s, 5m.
const CLI::Validator& duration_validator();

// A valid Kafka topic name.
const CLI::Validator& topic_name_validator();

}  // namespace kfk::cli
