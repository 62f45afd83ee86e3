// kfk topic create TOPIC... [-p N] [-r N] [-c KEY=VALUE]... [--replica-assignment SPEC]
//                  [--if-not-exists] [--dry-run]

#include "batch_output.hpp"
#include "commands.hpp"
#include "kfk/client/admin.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct TopicCreateOptions {
    std::vector<std::string> topics;
    int partitions = -1;
    int replication_factor = -1;
    std::vector<std::string> configs;
    std::optional<std::string> replica_assignment;
    bool if_not_exists = false;
    bool dry_run = false;
};

ExitCode run_topic_create(const TopicCreateOptions& options, const GlobalOptions& globals,
                          Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "topic create");
    std::vector<NewTopic> specs;
    for (const std::string& name : options.topics) {
        NewTopic spec;
        spec.name = name;
        spec.partitions = options.partitions;
        spec.replication_factor = options.replication_factor;
        if (options.replica_assignment)
            spec.assignment = parse_replica_assignment(*options.replica_assignment);
        for (const std::string& c : options.configs)
            spec.configs.push_back(parse_property(c, "-c"));
        specs.push_back(std::move(spec));
    }
    Admin admin(client_config(globals, streams));
    std::vector<ItemResult> items = admin.create_topics(specs, options.dry_run);
    if (options.if_not_exists) {
        for (ItemResult& item : items) {
            if (item.code == ExitCode::already_exists) {
                item.code = ExitCode::ok;
                item.message = "already exists (--if-not-exists)";
            }
        }
    }
    return report_batch(items, render_opts, "create topic", streams);
}

}  // namespace

void add_topic_create_command(Cli& cli) {
    auto& options = cli.own<TopicCreateOptions>();
    CLI::App* cmd = topic_noun(cli)->add_subcommand(
        "create", "Create topics; waits until every broker sees them");
    cmd->add_option("topics", options.topics, "Topic names")
        ->required()
        ->check(topic_name_validator());
    auto* partitions = cmd->add_option("-p,--partitions", options.partitions,
                                       "Partition count (default: the broker's num.partitions)")
                           ->check(whole_number(1));
    auto* replication =
        cmd->add_option("-r,--replication-factor", options.replication_factor,
                        "Replicas per partition (default: the broker's default.replication.factor)")
            ->check(whole_number(1));
    cmd->add_option("-c,--config", options.configs, "Topic config, repeatable")
        ->type_name("KEY=VALUE")
        ->check(key_value_validator())
        ->allow_extra_args(false);
    cmd->add_option("--replica-assignment", options.replica_assignment,
                    "Brokers per partition, e.g. 1:2:3,2:3:1 (instead of -p/-r)")
        ->type_name("SPEC")
        ->excludes(partitions)
        ->excludes(replication);
    cmd->add_flag("--if-not-exists", options.if_not_exists, "An existing topic is not an error");
    cmd->add_flag("--dry-run", options.dry_run,
                  "Let the broker validate the request; create nothing");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_topic_create(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
