// kfk partitions key TOPIC KEY...
// The partition the Java client's default partitioner (murmur2) puts each key in, for
// the topic's current partition count; `kfk produce` uses the same function.

#include "commands.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/render/partition_key_render.hpp"
#include "kfk/topic/topic_query.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct PartitionsKeyOptions {
    std::string topic;
    std::vector<std::string> keys;
};

ExitCode run_partitions_key(const PartitionsKeyOptions& options, const GlobalOptions& globals,
                            Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "partitions key");
    Admin admin(client_config(globals, streams));
    const TopicMetadata topic = topic_metadata(admin, options.topic, "partitions key");
    const auto count = static_cast<std::int32_t>(topic.partitions.size());
    render(map_keys(options.topic, count, options.keys), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_partitions_key_command(Cli& cli) {
    auto& options = cli.own<PartitionsKeyOptions>();
    CLI::App* cmd = partitions_noun(cli)->add_subcommand(
        "key", "The partition each key maps to (the Java client's murmur2 partitioner)");
    cmd->add_option("topic", options.topic, "Topic name")
        ->required()
        ->check(topic_name_validator());
    cmd->add_option("keys", options.keys, "Keys")->required();
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_partitions_key(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
