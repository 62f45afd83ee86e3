// kfk group list [--state STATE] [--lag-above N|DURATION]

#include <algorithm>

#include "commands.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/group/group_state.hpp"
#include "kfk/group/lag_threshold.hpp"
#include "kfk/render/group_render.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct GroupListOptions {
    std::optional<std::string> state;
    std::optional<std::string> lag_above;
};

ExitCode run_group_list(const GroupListOptions& options, const GlobalOptions& globals,
                        Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "group list");
    const std::optional<std::string> state =
        options.state ? std::optional(parse_group_state(*options.state, "--state")) : std::nullopt;
    const std::optional<LagThreshold> lag_above =
        options.lag_above ? std::optional(parse_lag_threshold(*options.lag_above, "--lag-above"))
                          : std::nullopt;

    Admin admin(client_config(globals, streams));
    // Lag in time costs a fetch per lagging partition: only when the filter needs it.
    std::vector<GroupSummary> groups = GroupAdmin(admin).list(lag_above && lag_above->is_time());
    std::erase_if(groups, [&](const GroupSummary& g) {
        if (state && g.state != *state) return true;
        return lag_above && !lag_above->exceeded_by(g.lag.value_or(0), g.max_lag_ms);
    });
    render(groups, render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_group_list_command(Cli& cli) {
    auto& options = cli.own<GroupListOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "list", "Groups with state, protocol, member count and total lag");
    cmd->add_option(
           "--state", options.state,
           "Only groups in this state (Stable, Empty, PreparingRebalance, CompletingRebalance)")
        ->type_name("STATE");
    cmd->add_option("--lag-above", options.lag_above,
                    "Only groups whose total lag is above N messages, or whose largest lag in "
                    "time is above DURATION (5m)")
        ->type_name("N|DURATION");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_group_list(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
