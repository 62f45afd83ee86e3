// kfk group reset GROUP (--topic T[:P,...]... --to TARGET | --from-file FILE)
//                 [--execute] [--yes]
// Shows the plan (current -> new offset per partition); commits it only with --execute.

#include <chrono>
#include <fstream>
#include <sstream>

#include "commands.hpp"
#include "completion/hints.hpp"
#include "group/reset_dialog.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/group/reset_target.hpp"
#include "kfk/render/group_render.hpp"
#include "unique.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct GroupResetOptions {
    std::string group;
    std::vector<std::string> topics;
    std::string to;
    std::string from_file;
    bool execute = false;
    bool yes = false;
};

// The file's text; "-" is stdin. A file that cannot be read is an I/O error.
std::string read_offsets_file(const std::string& path, Streams& streams) {
    std::ostringstream text;
    if (path == "-") {
        text << streams.in.rdbuf();
        return text.str();
    }
    std::ifstream file(path);
    if (!file)
        throw Error(ExitCode::kafka_error, "read offsets from " + path, "cannot open the file");
    text << file.rdbuf();
    return text.str();
}

ExitCode run_group_reset(const GroupResetOptions& options, const GlobalOptions& globals,
                         Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "group reset");
    if (options.group.empty()) throw_usage("group reset", "the group name is empty");
    const bool from_file = !options.from_file.empty();
    if (from_file == (!options.topics.empty() || !options.to.empty()))
        throw_usage("group reset", "give either --topic and --to, or --from-file");
    if (!from_file && options.topics.empty()) throw_usage("group reset", "--to needs --topic");
    if (!from_file && options.to.empty()) {
        throw_usage("group reset",
                    "--to needs a target: earliest, latest, OFFSET, @TIMESTAMP, @-DURATION or "
                    "shift:+N/shift:-N");
    }
    // Everything the user typed is checked before a broker is asked anything.
    std::optional<GroupOffsets> wanted;
    ResetTarget target;
    std::vector<TopicPartitions> selection;
    if (from_file) {
        wanted =
            parse_group_offsets(read_offsets_file(options.from_file, streams), options.from_file);
    } else {
        target = parse_reset_target(options.to, std::chrono::system_clock::now());
        for (const std::string& t : options.topics)
            selection.push_back(parse_topic_partitions(t, "--topic"));
    }

    Admin admin(client_config(globals, streams));
    GroupAdmin groups(admin);
    ResetPlan plan = wanted ? groups.plan_reset_from(options.group, *wanted)
                            : groups.plan_reset(options.group, selection, target);
    ResetDialog dialog{options.yes, globals.quiet};
    if (!options.execute) {
        render(plan, render_opts, streams.out);
        note_plan_only(plan, dialog, streams);
        return ExitCode::ok;
    }
    if (!confirm_reset(plan, dialog, render_opts, streams)) {
        throw Error(ExitCode::kafka_error, "reset offsets of group " + plan.group,
                    "not confirmed; nothing changed");
    }
    groups.execute_reset(plan);
    report_reset(plan, dialog, render_opts, streams);
    return ExitCode::ok;
}

}  // namespace

void add_group_reset_command(Cli& cli) {
    auto& options = cli.own<GroupResetOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "reset", "Move a group's committed offsets; shows the plan unless --execute");
    cmd->add_option("group", options.group, "Group name (must have no active members)")
        ->required()
        ->check(group_name_validator());
    cmd->add_option("-t,--topic", options.topics,
                    "Topic, optionally only some partitions: TOPIC[:P,P...] (repeatable)")
        ->type_name("TOPIC[:P,...]");
    cmd->add_option("--to", options.to,
                    "earliest|beginning, latest|end, OFFSET, @TIMESTAMP, @-DURATION or "
                    "shift:+N/shift:-N")
        ->type_name("TARGET")
        ->check(suggest({"earliest", "latest", "beginning", "end"}));
    cmd->add_option("--from-file", options.from_file,
                    "Set exactly the offsets in FILE ('group offsets -o json' output; - for "
                    "stdin) instead of --topic/--to")
        ->type_name("FILE");
    cmd->add_flag("--execute", options.execute,
                  "Commit the new offsets (without it nothing changes)");
    cmd->add_flag("-y,--yes", options.yes, "With --execute, do not ask, also on a terminal");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_group_reset(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
