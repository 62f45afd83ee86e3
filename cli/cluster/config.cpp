// kfk cluster config [--broker ID] [--all]
// Broker configs and where each value comes from; read-only (see man/kfk-cluster.1 for
// why kfk does not set broker configs).

#include "commands.hpp"
#include "kfk/cluster/broker_config.hpp"
#include "kfk/render/broker_config_render.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct ClusterConfigOptions {
    std::optional<std::int32_t> broker;
    bool all = false;
};

ExitCode run_cluster_config(const ClusterConfigOptions& options, const GlobalOptions& globals,
                            Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "cluster config");
    Admin admin(client_config(globals, streams));
    render(broker_configs(admin, options.broker, options.all), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_cluster_config_command(Cli& cli) {
    auto& options = cli.own<ClusterConfigOptions>();
    CLI::App* cmd = cluster_noun(cli)->add_subcommand(
        "config", "Broker configs with their source (dynamic, dynamic default, static, default)");
    cmd->add_option("--broker", options.broker, "Only this broker (default: every broker)")
        ->type_name("ID")
        ->check(whole_number(0));
    cmd->add_flag("--all", options.all, "Also the configs at Kafka's default");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_cluster_config(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
