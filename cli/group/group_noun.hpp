#pragma once
// The `group` noun every group verb registers under.

#include "cli.hpp"

namespace kfk::cli {

inline CLI::App* group_command(Cli& cli) {
    return command_group(cli, "group", "Consumer groups: members, lag, offset resets, deletion");
}

}  // namespace kfk::cli
