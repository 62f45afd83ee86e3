// kfk partitions add TOPIC --total N [--replica-assignment SPEC] [--dry-run]

#include "batch_output.hpp"
#include "commands.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/topic/topic_query.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct PartitionsAddOptions {
    std::string topic;
    int total = 0;
    std::optional<std::string> replica_assignment;
    bool dry_run = false;
};

ExitCode run_partitions_add(const PartitionsAddOptions& options, const GlobalOptions& globals,
                            Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "partitions add");
    const std::string what = "add partitions to " + options.topic;
    const ReplicaAssignment assignment = options.replica_assignment
                                             ? parse_replica_assignment(*options.replica_assignment)
                                             : ReplicaAssignment{};
    Admin admin(client_config(globals, streams));
    const TopicMetadata topic = topic_metadata(admin, options.topic, "add partitions");
    const int current = static_cast<int>(topic.partitions.size());
    if (options.total <= current) {
        throw_usage(what, "it has " + std::to_string(current) + " partitions; --total must be more",
                    "Kafka can add partitions but never remove them");
    }
    if (!assignment.empty() && static_cast<int>(assignment.size()) != options.total - current) {
        throw_usage(what, "--replica-assignment names " + std::to_string(assignment.size()) +
                              " partitions, but " + std::to_string(options.total - current) +
                              " are added");
    }
    ItemResult item =
        admin.create_partitions(options.topic, options.total, assignment, options.dry_run);
    if (item.code == ExitCode::ok) {
        item.message =
            std::to_string(current) + " -> " + std::to_string(options.total) + " partitions";
    }
    return report_batch({item}, render_opts, "add partitions to", streams);
}

}  // namespace

void add_partitions_add_command(Cli& cli) {
    auto& options = cli.own<PartitionsAddOptions>();
    CLI::App* cmd = partitions_noun(cli)->add_subcommand("add", "Raise a topic's partition count");
    cmd->add_option("topic", options.topic, "Topic name")->required();
    cmd->add_option("--total", options.total, "The new total partition count")
        ->required()
        ->check(whole_number(1));
    cmd->add_option("--replica-assignment", options.replica_assignment,
                    "Brokers of each new partition, e.g. 1:2,2:3")
        ->type_name("SPEC");
    cmd->add_flag("--dry-run", options.dry_run,
                  "Let the broker validate the request; change nothing");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_partitions_add(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
