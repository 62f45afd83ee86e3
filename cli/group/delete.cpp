// kfk group delete GROUP... [--if-exists]

#include <algorithm>

#include "batch_output.hpp"
#include "commands.hpp"
#include "kfk/group/group_admin.hpp"
#include "unique.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct GroupDeleteOptions {
    std::vector<std::string> groups;
    bool if_exists = false;
};

ExitCode run_group_delete(const GroupDeleteOptions& options, const GlobalOptions& globals,
                          Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "group delete");
    Admin admin(client_config(globals, streams));
    return report_batch(
        GroupAdmin(admin).delete_groups(unique_in_order(options.groups), options.if_exists),
        render_opts, "delete group", streams);
}

}  // namespace

void add_group_delete_command(Cli& cli) {
    auto& options = cli.own<GroupDeleteOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "delete", "Delete groups and their committed offsets (only groups without active members)");
    cmd->add_option("groups", options.groups, "Group names")
        ->required()
        ->check(group_name_validator());
    cmd->add_flag("--if-exists", options.if_exists, "A missing group is not an error");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_group_delete(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
