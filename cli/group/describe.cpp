// kfk group describe GROUP... [--risk-below DURATION] [--fail-on risk|lost]

#include "commands.hpp"
#include "group/loss_flags.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/render/group_render.hpp"
#include "unique.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct GroupDescribeOptions {
    std::vector<std::string> groups;
    LossFlags loss;
};

ExitCode run_group_describe(const GroupDescribeOptions& options, const GlobalOptions& globals,
                            Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "group describe");
    const auto window = risk_below(options.loss);
    Admin admin(client_config(globals, streams));
    const std::vector<GroupDescription> groups =
        GroupAdmin(admin).describe(unique_in_order(options.groups), window);
    render(groups, render_opts, streams.out);
    std::vector<const PartitionLag*> partitions;
    for (const GroupDescription& g : groups) {
        for (const PartitionLag& p : g.partitions) partitions.push_back(&p);
    }
    return loss_exit(options.loss, partitions, "group describe", streams);
}

}  // namespace

void add_group_describe_command(Cli& cli) {
    auto& options = cli.own<GroupDescribeOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "describe",
        "State, coordinator, members and per-partition offsets, lag (messages and time), data "
        "loss and owner");
    cmd->add_option("groups", options.groups, "Group names")
        ->required()
        ->check(group_name_validator());
    add_loss_flags(cmd, options.loss);
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_group_describe(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
