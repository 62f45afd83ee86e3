// kfk topic groups TOPIC
// The groups that hold committed offsets for the topic, with their lag on it.

#include "commands.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/render/group_render.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct TopicGroupsOptions {
    std::string topic;
};

ExitCode run_topic_groups(const TopicGroupsOptions& options, const GlobalOptions& globals,
                          Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "topic groups");
    Admin admin(client_config(globals, streams));
    render(GroupAdmin(admin).topic_groups(options.topic), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_topic_groups_command(Cli& cli) {
    auto& options = cli.own<TopicGroupsOptions>();
    CLI::App* cmd = topic_noun(cli)->add_subcommand(
        "groups", "Consumer groups with committed offsets for a topic, and their lag on it");
    cmd->add_option("topic", options.topic, "Topic name")
        ->required()
        ->check(topic_name_validator());
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_topic_groups(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
