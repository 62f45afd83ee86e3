#include "nouns.hpp"

#include "top_level.hpp"

namespace kfk::cli {

CLI::App* topic_noun(Cli& cli) { return top_level(cli, "topic"); }
CLI::App* partitions_noun(Cli& cli) { return top_level(cli, "partitions"); }
CLI::App* group_noun(Cli& cli) { return top_level(cli, "group"); }
CLI::App* cluster_noun(Cli& cli) { return top_level(cli, "cluster"); }
CLI::App* acl_noun(Cli& cli) { return top_level(cli, "acl"); }
CLI::App* config_noun(Cli& cli) { return top_level(cli, "config"); }
CLI::App* schema_noun(Cli& cli) { return top_level(cli, "schema"); }

}  // namespace kfk::cli
