#pragma once
// --partitioner for the commands that say where a key's messages are (consume --key,
// partitions key): the producer's partitioner, murmur2 unless told otherwise.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "kfk/client/key_partitioner.hpp"

namespace kfk::cli {

// Adds --partitioner to `cmd`; `keys_flag` names what it applies to in the help.
CLI::Option* add_partitioner_option(CLI::App* cmd, std::optional<std::string>& target,
                                    const std::string& keys_flag);

// The value of a --partitioner the option's check accepted.
KeyPartitioner partitioner_option_value(const std::string& name);

}  // namespace kfk::cli
