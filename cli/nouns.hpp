#pragma once
// The nouns of the command tree (kfk topic, kfk group, ...). Each verb file registers
// its verb under one of these, so that a noun's name and description live in one place.

#include "cli.hpp"

namespace kfk::cli {

CLI::App* topic_noun(Cli& cli);
CLI::App* partitions_noun(Cli& cli);
CLI::App* group_noun(Cli& cli);
CLI::App* cluster_noun(Cli& cli);
CLI::App* config_noun(Cli& cli);
CLI::App* acl_noun(Cli& cli);
CLI::App* schema_noun(Cli& cli);

}  // namespace kfk::cli
