// kfk topic config TOPIC [--set KEY=VALUE]... [--delete KEY]... [--dry-run]
// Without --set/--delete: shows every config of the topic with its source.

#include "batch_output.hpp"
#include "commands.hpp"
#include "config_change_flags.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/render/topic_render.hpp"
#include "kfk/topic/config_change.hpp"
#include "kfk/topic/topic_query.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct TopicConfigOptions : ConfigChangeFlags {
    std::string topic;
};

ExitCode run_topic_config(const TopicConfigOptions& options, const GlobalOptions& globals,
                          Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "topic config");
    std::vector<Property> set;
    for (const std::string& text : options.set) set.push_back(parse_property(text, "--set"));
    // A contradiction is refused before anything is sent.
    const ConfigChange change = checked_config_change(set, options.remove, "topic config");
    Admin admin(client_config(globals, streams));
    // Fail with "not found" (exit 3) for a missing topic before anything else.
    topic_metadata(admin, options.topic, "topic config");

    if (options.set.empty() && options.remove.empty()) {
        const auto configs = admin.topic_configs({options.topic});
        render(TopicConfigs{options.topic, configs.at(options.topic)}, render_opts, streams.out);
        return ExitCode::ok;
    }
    const std::vector<std::string> not_set = admin.alter_configs(
        ConfigTarget::topic(options.topic), change.set, change.remove, options.dry_run);
    return report_batch({config_change_result(options.topic, change, not_set, options.dry_run)},
                        render_opts, "alter config of", streams);
}

}  // namespace

void add_topic_config_command(Cli& cli) {
    auto& options = cli.own<TopicConfigOptions>();
    CLI::App* cmd = topic_noun(cli)->add_subcommand(
        "config", "Show a topic's configs, or change only the named keys");
    cmd->add_option("topic", options.topic, "Topic name")->required();
    add_config_change_flags(cmd, options, "Set a config, repeatable",
                            "Remove a topic-level config (back to the default), repeatable");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_topic_config(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
