#pragma once
// --set, --delete and --dry-run, shared by `topic config` and `cluster config`: the
// flags of a config change that names only the keys it changes.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace kfk::cli {

struct ConfigChangeFlags {
    std::vector<std::string> set;     // KEY=VALUE
    std::vector<std::string> remove;  // KEY
    bool dry_run = false;
};

// `delete_help` says what a deleted key falls back to.
void add_config_change_flags(CLI::App* cmd, ConfigChangeFlags& flags, const std::string& set_help,
                             const std::string& delete_help);

}  // namespace kfk::cli
