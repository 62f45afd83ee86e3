#pragma once
// The words that may follow `kfk`: the nouns (topic, group, ...) and the verbs that stand
// alone (produce, consume, ...), in the order `kfk --help` lists them, each with its
// description and the function that registers its commands.
//
// A command line builds only the top-level commands it names; the others are listed by
// name and description alone. Building all of CLI11's tree was most of kfk's own
// start-up work, and a command line never needs more than its own branch.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"

namespace kfk::cli {

struct TopLevel {
    std::string_view name;
    std::string_view description;
    bool noun;              // one of its verbs must follow: `kfk topic list`
    void (*add)(Cli& cli);  // registers all of its commands
};

std::span<const TopLevel> top_levels();

// The root's subcommand `name` (one of top_levels()), created on first use, so that
// the verbs of a noun, registered from different files, share it.
CLI::App* top_level(Cli& cli, std::string_view name);

}  // namespace kfk::cli
