// kfk offsets TOPIC... [--at beginning|end|@TIME|@-DURATION] [-p P]...
// Per partition, the offset of a position: the first offset (beginning), the offset
// after the last message (end), or the first message at or after a time, as Kafka's
// kafka-get-offsets.sh --time answers.

#include <algorithm>
#include <chrono>

#include "commands.hpp"
#include "completion/hints.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/render/offsets_render.hpp"
#include "kfk/topic/partition_offsets.hpp"
#include "top_level.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct OffsetsOptions {
    std::vector<std::string> topics;
    std::vector<std::int32_t> partitions;
    std::string at = "end";
};

ExitCode run_offsets(const OffsetsOptions& options, const GlobalOptions& globals,
                     Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "offsets");
    const OffsetQuery query =
        parse_offset_query(options.at, std::chrono::system_clock::now(), "--at");
    Admin admin(client_config(globals, streams));
    const auto rows = partition_offsets(admin, options.topics, options.partitions, query);
    render(rows, render_opts, streams.out);
    const bool failed = std::any_of(rows.begin(), rows.end(),
                                    [](const PartitionOffset& r) { return !r.error.empty(); });
    return failed ? ExitCode::partial_failure : ExitCode::ok;
}

}  // namespace

void add_offsets_command(Cli& cli) {
    auto& options = cli.own<OffsetsOptions>();
    CLI::App* cmd = top_level(cli, "offsets");
    cmd->add_option("topics", options.topics, "Topic names")
        ->required()
        ->check(topic_name_validator());
    cmd->add_option("--at", options.at,
                    "beginning|end|@TIMESTAMP|@-DURATION: the first message at or after a time "
                    "(default: end)")
        ->type_name("SPEC")
        ->check(suggest({"beginning", "end", "earliest", "latest"}));
    cmd->add_option("-p,--partition", options.partitions, "Only this partition, repeatable")
        ->type_name("PARTITION")
        ->check(whole_number(0))
        ->allow_extra_args(false);
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_offsets(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
