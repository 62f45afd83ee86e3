// kfk group lag GROUP... [--topic TOPIC]...

#include <algorithm>

#include "commands.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/render/group_render.hpp"
#include "kfk/topic/topic_description.hpp"
#include "unique.hpp"
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
    const std::vector<std::string> groups = unique_in_order(options.groups);
    const std::vector<std::string> topics = unique_in_order(options.topics);
    Admin admin(client_config(globals, streams));
    // A mistyped --topic is "not found" (exit 3), not an empty lag of 0.
    if (!topics.empty()) select_topics(admin.metadata(), topics, std::nullopt, true, "group lag");
    const std::vector<GroupLag> lags = GroupAdmin(admin).lag(groups, topics);
    render(lags, render_opts, streams.out);
    streams.out.flush();
    // A topic the group never committed for has no lag to show: say so, once per pair.
    for (const GroupLag& lag : lags) {
        for (const std::string& topic : topics) {
            const bool shown = std::any_of(lag.topics.begin(), lag.topics.end(),
                                           [&](const TopicLag& t) { return t.topic == topic; });
            if (!shown) {
                streams.err << "kfk: group lag " << lag.group << ": no committed offsets for topic "
                            << topic << '\n';
            }
        }
    }
    return ExitCode::ok;
}

}  // namespace

void add_group_lag_command(Cli& cli) {
    auto& options = cli.own<GroupLagOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "lag",
        "Committed offset, high watermark and lag per partition, with totals per topic and group");
    cmd->add_option("groups", options.groups, "Group names")
        ->required()
        ->check(group_name_validator());
    cmd->add_option("-t,--topic", options.topics, "Only this topic (repeatable)")
        ->type_name("TOPIC")
        ->check(topic_name_validator());
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_group_lag(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
