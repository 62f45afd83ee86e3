#pragma once
// One registration function per command group, each defined in its own file.

#include "cli.hpp"

namespace kfk::cli {

void add_cluster_commands(Cli& cli);
void add_version_command(Cli& cli);

}  // namespace kfk::cli
