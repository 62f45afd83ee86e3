// kfk group offsets GROUP [--topic TOPIC]...
// The committed offsets; `-o json` writes what `group reset --from-file` reads.

#include "commands.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/render/group_render.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct GroupOffsetsOptions {
    std::string group;
    std::vector<std::string> topics;
};

ExitCode run_group_offsets(const GroupOffsetsOptions& options, const GlobalOptions& globals,
                           Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "group offsets");
    Admin admin(client_config(globals, streams));
    const std::vector<GroupLag> lag = GroupAdmin(admin).lag({options.group}, options.topics);
    render(group_offsets(lag.front()), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_group_offsets_command(Cli& cli) {
    auto& options = cli.own<GroupOffsetsOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "offsets", "A group's committed offsets (-o json: the file reset --from-file reads)");
    cmd->add_option("group", options.group, "Group name")->required();
    cmd->add_option("-t,--topic", options.topics, "Only this topic (repeatable)")
        ->type_name("TOPIC")
        ->check(topic_name_validator());
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_group_offsets(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
