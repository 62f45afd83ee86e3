// kfk group describe GROUP...

#include "commands.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/render/group_render.hpp"

namespace kfk::cli {

namespace {

struct GroupDescribeOptions {
    std::vector<std::string> groups;
};

ExitCode run_group_describe(const GroupDescribeOptions& options, const GlobalOptions& globals,
                            Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "group describe");
    Admin admin(client_config(globals, streams));
    render(GroupAdmin(admin).describe(options.groups), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_group_describe_command(Cli& cli) {
    auto& options = cli.own<GroupDescribeOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "describe", "State, coordinator, members and per-partition offsets, lag and owner");
    cmd->add_option("groups", options.groups, "Group names")->required();
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_group_describe(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
