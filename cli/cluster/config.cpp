// kfk cluster config [--broker ID] [--all]
// kfk cluster config --broker ID [--set KEY=VALUE]... [--delete KEY]... [--dry-run]
// Broker configs and where each value comes from; with --set/--delete, changes only the
// named dynamic configs of one broker, as `topic config` does for a topic.

#include "batch_output.hpp"
#include "commands.hpp"
#include "config_change_flags.hpp"
#include "kfk/cluster/broker_config.hpp"
#include "kfk/render/broker_config_render.hpp"
#include "kfk/topic/config_change.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct ClusterConfigOptions : ConfigChangeFlags {
    std::optional<std::int32_t> broker;
    bool all = false;
};

ExitCode change_broker_config(const ClusterConfigOptions& options, const GlobalOptions& globals,
                              const RenderOptions& render_opts, Streams& streams) {
    std::vector<Property> set;
    for (const std::string& text : options.set) set.push_back(parse_property(text, "--set"));
    // Refusals come before anything is sent. (Checked here rather than with CLI11's
    // excludes, which reports `--all --set K=V` as an unexpected argument K=V.)
    if (options.all) {
        throw_usage("cluster config", "--all chooses what is shown; a change shows its result",
                    "leave out --all, or show the configs in a second command");
    }
    const ConfigChange change = checked_config_change(set, options.remove, "cluster config");
    if (!options.broker) {
        throw_usage("cluster config",
                    "kfk cannot change the cluster-wide default broker config: librdkafka "
                    "2.0.2 takes a broker resource's name for the id of the broker to ask, and "
                    "the default's name is empty",
                    "--broker ID changes one broker; kafka-configs.sh --entity-type brokers "
                    "--entity-default --alter changes the default");
    }
    const ConfigTarget target = ConfigTarget::broker(*options.broker);
    Admin admin(client_config(globals, streams));
    require_broker(admin, *options.broker, "alter configs of " + target.label());
    const std::vector<std::string> not_set =
        admin.alter_configs(target, change.set, change.remove, options.dry_run);
    return report_batch({config_change_result(target.label(), change, not_set, options.dry_run)},
                        render_opts, "alter config of", streams);
}

ExitCode run_cluster_config(const ClusterConfigOptions& options, const GlobalOptions& globals,
                            Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "cluster config");
    if (!options.set.empty() || !options.remove.empty()) {
        return change_broker_config(options, globals, render_opts, streams);
    }
    Admin admin(client_config(globals, streams));
    render(broker_configs(admin, options.broker, options.all), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_cluster_config_command(Cli& cli) {
    auto& options = cli.own<ClusterConfigOptions>();
    CLI::App* cmd = cluster_noun(cli)->add_subcommand(
        "config", "Show broker configs with their source, or change one broker's dynamic configs");
    cmd->add_option("--broker", options.broker,
                    "Only this broker (default: every broker); the broker --set/--delete change")
        ->type_name("ID")
        ->check(whole_number(0));
    cmd->add_flag("--all", options.all, "Also the configs at Kafka's default");
    add_config_change_flags(cmd, options, "Set a dynamic config of the broker, repeatable",
                            "Remove a dynamic config of the broker (back to the cluster default, "
                            "static or Kafka default), repeatable");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_cluster_config(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
