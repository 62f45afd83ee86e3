#include "nouns.hpp"

namespace kfk::cli {

CLI::App* topic_noun(Cli& cli) {
    return command_group(cli, "topic", "Create, describe, configure and delete topics");
}

CLI::App* partitions_noun(Cli& cli) {
    return command_group(cli, "partitions", "List, add and locate partitions");
}

CLI::App* group_noun(Cli& cli) {
    return command_group(cli, "group", "Consumer groups: members, lag, offset resets, deletion");
}

CLI::App* cluster_noun(Cli& cli) { return command_group(cli, "cluster", "Inspect the cluster"); }

CLI::App* schema_noun(Cli& cli) {
    return command_group(cli, "schema", "Schema Registry subjects: list, show, register, delete");
}

CLI::App* config_noun(Cli& cli) {
    return command_group(cli, "config", "Contexts (named clusters) of the config file");
}

}  // namespace kfk::cli
