// kfk group delete-offsets GROUP --topic TOPIC
// Removes a group's committed offsets for one topic (DeleteConsumerGroupOffsets).

#include "commands.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/render/group_render.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct GroupDeleteOffsetsOptions {
    std::string group;
    std::string topic;
};

ExitCode run_group_delete_offsets(const GroupDeleteOffsetsOptions& options,
                                  const GlobalOptions& globals, Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "group delete-offsets");
    Admin admin(client_config(globals, streams));
    render(GroupAdmin(admin).delete_offsets(options.group, options.topic), render_opts,
           streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_group_delete_offsets_command(Cli& cli) {
    auto& options = cli.own<GroupDeleteOffsetsOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "delete-offsets", "Remove a group's committed offsets for a topic it no longer consumes");
    cmd->add_option("group", options.group, "Group name")->required();
    cmd->add_option("-t,--topic", options.topic, "The topic")
        ->type_name("TOPIC")
        ->required()
        ->check(topic_name_validator());
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_group_delete_offsets(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
