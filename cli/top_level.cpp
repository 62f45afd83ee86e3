#include "top_level.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "commands.hpp"
#include "produce/produce_options.hpp"

namespace kfk::cli {

namespace {

void add_cluster_commands(Cli& cli) {
    add_cluster_describe_command(cli);
    add_cluster_config_command(cli);
    add_cluster_wait_command(cli);
}

void add_topic_commands(Cli& cli) {
    add_topic_list_command(cli);
    add_topic_create_command(cli);
    add_topic_describe_command(cli);
    add_topic_delete_command(cli);
    add_topic_config_command(cli);
    add_topic_trim_command(cli);
    add_topic_groups_command(cli);
    add_topic_wait_command(cli);
}

void add_partitions_commands(Cli& cli) {
    add_partitions_list_command(cli);
    add_partitions_add_command(cli);
    add_partitions_key_command(cli);
}

void add_group_commands(Cli& cli) {
    add_group_list_command(cli);
    add_group_describe_command(cli);
    add_group_lag_command(cli);
    add_group_reset_command(cli);
    add_group_delete_command(cli);
    add_group_offsets_command(cli);
    add_group_delete_offsets_command(cli);
    add_group_wait_command(cli);
}

void add_acl_commands(Cli& cli) {
    add_acl_list_command(cli);
    add_acl_create_command(cli);
    add_acl_delete_command(cli);
}

void add_config_commands(Cli& cli) {
    add_config_list_command(cli);
    add_config_show_command(cli);
    add_config_use_command(cli);
}

void add_schema_commands(Cli& cli) {
    add_schema_list_command(cli);
    add_schema_show_command(cli);
    add_schema_register_command(cli);
    add_schema_compat_command(cli);
    add_schema_delete_command(cli);
}

constexpr std::array<TopLevel, 13> all{{
    {"cluster", "Inspect the cluster", true, add_cluster_commands},
    {"topic", "Create, describe, configure and delete topics", true, add_topic_commands},
    {"partitions", "List, add and locate partitions", true, add_partitions_commands},
    {"produce", "Write messages to a topic, one per input line", false,
     [](Cli& cli) { add_produce_command(cli); }},
    {"consume", "Read messages from topics", false, add_consume_command},
    {"offsets", "The offset of a position (beginning, end, a time) in each partition", false,
     add_offsets_command},
    {"group", "Consumer groups: members, lag, offset resets, deletion", true, add_group_commands},
    {"acl", "Access control lists: list, create, delete", true, add_acl_commands},
    {"config", "Contexts (named clusters) of the config file", true, add_config_commands},
    {"schema", "Schema Registry subjects: list, show, register, delete", true, add_schema_commands},
    {"top",
     "Live flow: messages and bytes per second into each topic, each group's consume rate, "
     "lag in messages and time, trend and time to catch up",
     false, add_top_command},
    {"completion", "Print the shell completion script (bash, zsh or fish)", false,
     add_completion_command},
    {"version", "Print kfk's and librdkafka's versions", false, add_version_command},
}};

}  // namespace

std::span<const TopLevel> top_levels() { return all; }

CLI::App* top_level(Cli& cli, std::string_view name) {
    for (CLI::App* existing : cli.app.get_subcommands({})) {
        if (existing->get_name() == name) return existing;
    }
    const auto it =
        std::find_if(all.begin(), all.end(), [name](const TopLevel& t) { return t.name == name; });
    if (it == all.end()) throw std::logic_error("not a top-level command: " + std::string(name));
    CLI::App* command = cli.app.add_subcommand(std::string(it->name), std::string(it->description));
    if (it->noun) command->require_subcommand(1);
    return command;
}

}  // namespace kfk::cli
