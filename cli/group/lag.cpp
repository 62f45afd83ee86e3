// kfk group lag GROUP... [--topic TOPIC]...

#include "commands.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/render/group_render.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct GroupLagOptions {
    std::vector<std::string> groups;
    std::vector<std::string> topics;
};

ExitCode run_group_lag(const GroupLagOptions& options, const GlobalOptions& globals,
                       Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "group lag");
    Admin admin(client_config(globals, streams));
    render(GroupAdmin(admin).lag(options.groups, options.topics), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_group_lag_command(Cli& cli) {
    auto& options = cli.own<GroupLagOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "lag",
        "Committed offset, high watermark and lag per partition, with totals per topic and group");
    cmd->add_option("groups", options.groups, "Group names")->required();
    cmd->add_option("-t,--topic", options.topics, "Only this topic (repeatable)")
        ->type_name("TOPIC")
        ->check(topic_name_validator());
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_group_lag(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
