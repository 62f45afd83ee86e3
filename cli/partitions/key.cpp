// kfk partitions key TOPIC KEY... [--partitioner murmur2|crc32|fnv1a]
// The partition a producer's partitioner (the Java client's murmur2 unless told
// otherwise; `kfk produce` uses the same) puts each key in, for the topic's current
// partition count.

#include "commands.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/render/partition_key_render.hpp"
#include "kfk/topic/topic_query.hpp"
#include "partitioner_option.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct PartitionsKeyOptions {
    std::string topic;
    std::vector<std::string> keys;
    std::optional<std::string> partitioner;
};

ExitCode run_partitions_key(const PartitionsKeyOptions& options, const GlobalOptions& globals,
                            Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "partitions key");
    Admin admin(client_config(globals, streams));
    const TopicMetadata topic = topic_metadata(admin, options.topic, "partitions key");
    const auto count = static_cast<std::int32_t>(topic.partitions.size());
    const KeyPartitioner partitioner =
        partitioner_option_value(options.partitioner.value_or("murmur2"));
    render(map_keys(options.topic, count, options.keys, partitioner), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_partitions_key_command(Cli& cli) {
    auto& options = cli.own<PartitionsKeyOptions>();
    CLI::App* cmd = partitions_noun(cli)->add_subcommand(
        "key", "The partition each key maps to (murmur2, as the Java client; see --partitioner)");
    cmd->add_option("topic", options.topic, "Topic name")
        ->required()
        ->check(topic_name_validator());
    cmd->add_option("keys", options.keys, "Keys")->required();
    add_partitioner_option(cmd, options.partitioner, "the keys");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_partitions_key(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
