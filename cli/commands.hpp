#pragma once
// One registration function per command, add_<noun>_<verb>_command, each defined in
// cli/<noun>/<verb>.cpp.

#include "cli.hpp"
#include "nouns.hpp"

namespace kfk::cli {

void add_cluster_describe_command(Cli& cli);
void add_cluster_config_command(Cli& cli);
void add_cluster_wait_command(Cli& cli);
void add_topic_wait_command(Cli& cli);
void add_group_wait_command(Cli& cli);
void add_topic_list_command(Cli& cli);
void add_topic_create_command(Cli& cli);
void add_topic_describe_command(Cli& cli);
void add_topic_delete_command(Cli& cli);
void add_topic_config_command(Cli& cli);
void add_topic_trim_command(Cli& cli);
void add_partitions_list_command(Cli& cli);
void add_partitions_add_command(Cli& cli);
void add_consume_command(Cli& cli);
void add_partitions_key_command(Cli& cli);
void add_offsets_command(Cli& cli);
void add_group_list_command(Cli& cli);
void add_group_describe_command(Cli& cli);
void add_group_lag_command(Cli& cli);
void add_group_reset_command(Cli& cli);
void add_group_delete_command(Cli& cli);
void add_group_offsets_command(Cli& cli);
void add_group_delete_offsets_command(Cli& cli);
void add_topic_groups_command(Cli& cli);
void add_acl_list_command(Cli& cli);
void add_acl_create_command(Cli& cli);
void add_acl_delete_command(Cli& cli);
void add_config_list_command(Cli& cli);
void add_config_show_command(Cli& cli);
void add_config_use_command(Cli& cli);
void add_schema_list_command(Cli& cli);
void add_schema_show_command(Cli& cli);
void add_schema_register_command(Cli& cli);
void add_schema_compat_command(Cli& cli);
void add_schema_delete_command(Cli& cli);
void add_top_command(Cli& cli);
void add_completion_command(Cli& cli);
void add_version_command(Cli& cli);

}  // namespace kfk::cli
