// kfk topic list [--pattern REGEX] [--internal]

#include "commands.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/render/topic_render.hpp"
#include "kfk/topic/topic_query.hpp"

namespace kfk::cli {

namespace {

struct TopicListOptions {
    std::optional<std::string> pattern;
    bool internal = false;
};

ExitCode run_topic_list(const TopicListOptions& options, const GlobalOptions& globals,
                        Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "topic list");
    Admin admin(client_config(globals, streams));
    std::vector<TopicSummary> topics;
    for (const TopicDescription& t : describe_topics(
             admin, {{}, options.pattern.value_or(every_topic_pattern), options.internal},
             Watermarks::skip, "list topics")) {
        topics.push_back(summarize_topic(t));
    }
    render(topics, render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_topic_list_command(Cli& cli) {
    auto& options = cli.own<TopicListOptions>();
    CLI::App* cmd = topic_noun(cli)->add_subcommand(
        "list", "Topics with partition count, replication factor and health");
    cmd->add_option("--pattern", options.pattern, "Only topics whose whole name matches this regex")
        ->type_name("REGEX");
    cmd->add_flag("--internal", options.internal,
                  "Include internal topics (__consumer_offsets, ...)");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_topic_list(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
