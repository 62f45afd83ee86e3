// kfk cluster describe: cluster id, brokers and their partition counts.

#include "commands.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/render/cluster_render.hpp"

namespace kfk::cli {

namespace {

ExitCode run_cluster_describe(const GlobalOptions& globals, Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "cluster describe");
    Admin admin(client_config(globals, streams));
    render(admin.describe_cluster(), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_cluster_describe_command(Cli& cli) {
    CLI::App* cluster = cluster_noun(cli);

    CLI::App* describe = cluster->add_subcommand(
        "describe", "Cluster id and each broker with the partitions it leads and follows");
    describe->callback([&cli] {
        cli.run = [&cli](Streams& streams) { return run_cluster_describe(cli.globals, streams); };
    });
}

}  // namespace kfk::cli
