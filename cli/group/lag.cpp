// kfk group lag GROUP... [--topic TOPIC]... [--sort lag|time] [--risk-below DURATION]
//                        [--fail-on risk|lost]

#include <algorithm>

#include "commands.hpp"
#include "group/loss_flags.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/group/lag_sort.hpp"
#include "kfk/render/group_render.hpp"
#include "kfk/topic/topic_description.hpp"
#include "unique.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct GroupLagOptions {
    std::vector<std::string> groups;
    std::vector<std::string> topics;
    std::optional<std::string> sort;
    LossFlags loss;
};

ExitCode run_group_lag(const GroupLagOptions& options, const GlobalOptions& globals,
                       Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "group lag");
    const std::vector<std::string> groups = unique_in_order(options.groups);
    const std::vector<std::string> topics = unique_in_order(options.topics);
    const auto window = risk_below(options.loss);
    Admin admin(client_config(globals, streams));
    // A mistyped --topic is "not found" (exit 3), not an empty lag of 0.
    if (!topics.empty()) select_topics(admin.metadata(), topics, std::nullopt, true, "group lag");
    std::vector<GroupLag> lags = GroupAdmin(admin).lag(groups, topics, window);
    if (options.sort) {
        for (GroupLag& g : lags) sort_lag(g, parse_lag_sort(*options.sort).value_or(LagSort::name));
    }
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
    std::vector<const PartitionLag*> partitions;
    for (const GroupLag& g : lags) {
        for (const TopicLag& t : g.topics) {
            for (const PartitionLag& p : t.partitions) partitions.push_back(&p);
        }
    }
    return loss_exit(options.loss, partitions, "group lag", streams);
}

}  // namespace

void add_group_lag_command(Cli& cli) {
    auto& options = cli.own<GroupLagOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "lag",
        "Committed offset, high watermark, lag in messages and in time, and data loss per "
        "partition, with totals per topic and group");
    cmd->add_option("groups", options.groups, "Group names")
        ->required()
        ->check(group_name_validator());
    cmd->add_option("-t,--topic", options.topics, "Only this topic (repeatable)")
        ->type_name("TOPIC")
        ->check(topic_name_validator());
    cmd->add_option("--sort", options.sort,
                    "Largest lag first, in messages (lag) or in time (time)")
        ->type_name("lag|time")
        ->check(CLI::IsMember({"lag", "time"}));
    add_loss_flags(cmd, options.loss);
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_group_lag(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
