// kfk partitions list TOPIC... [--broker ID]
// One row per partition: leader, replicas, ISR, watermarks and message count; with
// --broker, only the partitions that broker leads or follows, and its role in each.

#include <algorithm>

#include "commands.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/render/topic_render.hpp"
#include "kfk/topic/topic_query.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct PartitionsListOptions {
    std::vector<std::string> topics;
    std::optional<std::int32_t> broker;
};

std::optional<std::string> role_of(std::int32_t broker, const PartitionDescription& p) {
    if (p.leader == broker) return "leader";
    if (std::find(p.replicas.begin(), p.replicas.end(), broker) != p.replicas.end())
        return "follower";
    return std::nullopt;
}

ExitCode run_partitions_list(const PartitionsListOptions& options, const GlobalOptions& globals,
                             Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "partitions list");
    Admin admin(client_config(globals, streams));
    const std::vector<TopicDescription> topics = describe_topics(
        admin, {options.topics, std::nullopt, true}, Watermarks::read, "list partitions");
    if (options.broker)
        require_known_broker(*options.broker, admin.metadata(options.topics).brokers, topics);
    PartitionRows list{{}, options.broker.has_value()};
    for (const TopicDescription& t : topics) {
        for (const PartitionDescription& p : t.partitions) {
            if (!options.broker) {
                list.rows.push_back({t.name, p, std::nullopt});
            } else if (auto role = role_of(*options.broker, p)) {
                list.rows.push_back({t.name, p, role});
            }
        }
    }
    render(list, render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_partitions_list_command(Cli& cli) {
    auto& options = cli.own<PartitionsListOptions>();
    CLI::App* cmd = partitions_noun(cli)->add_subcommand(
        "list", "Leader, replicas, ISR, low/high watermarks and messages per partition");
    cmd->add_option("topics", options.topics, "Topic names")->required();
    cmd->add_option("--broker", options.broker,
                    "Only partitions this broker leads or follows, with its role")
        ->type_name("ID")
        ->check(whole_number(0));
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_partitions_list(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
