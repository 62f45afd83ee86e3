// kfk topic trim TOPIC --before OFFSET|@TIME|@-DURATION|end [-p P]... [--execute] [--yes]
// Shows the plan (low watermark now and after per partition); deletes only with --execute.

#include "kfk/topic/trim.hpp"

#include <chrono>

#include "commands.hpp"
#include "confirm.hpp"
#include "kfk/render/trim_render.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct TopicTrimOptions {
    std::string topic;
    std::string before;
    std::vector<std::int32_t> partitions;
    bool execute = false;
    bool yes = false;
};

bool confirmed(const TrimPlan& plan, const RenderOptions& render_opts, Streams& streams) {
    RenderOptions table = render_opts;
    table.format = OutputFormat::table;
    render(plan, table, streams.err);
    return ask_yes_no("Delete these records of topic " + plan.topic + "?", streams);
}

ExitCode run_topic_trim(const TopicTrimOptions& options, const GlobalOptions& globals,
                        Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "topic trim");
    const TrimTarget target = parse_trim_target(options.before, std::chrono::system_clock::now());
    Admin admin(client_config(globals, streams));
    TrimPlan plan = plan_trim(admin, options.topic, options.partitions, target);
    if (!options.execute) {
        render(plan, render_opts, streams.out);
        if (!globals.quiet)
            streams.err << "kfk: topic trim: plan only, nothing deleted (add --execute to do it)\n";
        return ExitCode::ok;
    }
    if (streams.in_is_tty && !options.yes && !confirmed(plan, render_opts, streams))
        throw Error(ExitCode::kafka_error, "trim topic " + plan.topic,
                    "not confirmed; nothing deleted");
    execute_trim(admin, plan);
    render(plan, render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_topic_trim_command(Cli& cli) {
    auto& options = cli.own<TopicTrimOptions>();
    CLI::App* cmd = topic_noun(cli)->add_subcommand(
        "trim", "Delete a topic's oldest records; shows the plan unless --execute");
    cmd->add_option("topic", options.topic, "Topic name")
        ->required()
        ->check(topic_name_validator());
    cmd->add_option("--before", options.before,
                    "Delete records before OFFSET, @TIMESTAMP, @-DURATION, or everything (end)")
        ->type_name("POSITION")
        ->required();
    cmd->add_option("-p,--partition", options.partitions, "Only this partition (repeatable)")
        ->type_name("P")
        ->check(whole_number(0));
    cmd->add_flag("--execute", options.execute, "Delete the records (without it nothing changes)");
    cmd->add_flag("-y,--yes", options.yes, "With --execute, do not ask, also on a terminal");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_topic_trim(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
