#include "config_change_flags.hpp"

#include "validators.hpp"

namespace kfk::cli {

void add_config_change_flags(CLI::App* cmd, ConfigChangeFlags& flags, const std::string& set_help,
                             const std::string& delete_help) {
    cmd->add_option("--set", flags.set, set_help)
        ->type_name("KEY=VALUE")
        ->check(key_value_validator())
        ->allow_extra_args(false);
    cmd->add_option("--delete", flags.remove, delete_help)
        ->type_name("KEY")
        ->allow_extra_args(false);
    cmd->add_flag("--dry-run", flags.dry_run, "Let the broker validate the change; change nothing");
}

}  // namespace kfk::cli
