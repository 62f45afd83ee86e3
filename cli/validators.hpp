#pragma once
// CLI11 validators shared by several commands, so a malformed value is a usage error
// at parse time with the same wording everywhere.

#include <CLI/CLI.hpp>
#include <cstdint>
#include <limits>

namespace kfk::cli {

// KEY=VALUE with a non-empty key.
const CLI::Validator& key_value_validator();

// A duration such as 500ms, 10s, 5m.
const CLI::Validator& duration_validator();

// A duration above zero (--timeout: 0s would give up before asking anything).
const CLI::Validator& positive_duration_validator();

// A valid Kafka topic name.
const CLI::Validator& topic_name_validator();

// A consumer group name: not empty.
const CLI::Validator& group_name_validator();

// A whole number from `min` to `max`; anything else (letters, fractions, out of range)
// is "must be a whole number of at least MIN (got 'X')", which the usage-error line
// prints as "--partitions must be ...". `max` defaults to what an int holds.
CLI::Validator whole_number(std::int64_t min,
                            std::int64_t max = std::numeric_limits<std::int32_t>::max());

// A number above 0, fractions allowed (a rate).
CLI::Validator positive_number();

}  // namespace kfk::cli
