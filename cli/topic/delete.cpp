// kfk topic delete TOPIC... | --pattern REGEX  [--if-exists] [--yes]

#include <algorithm>
#include <string>

#include "batch_output.hpp"
#include "commands.hpp"
#include "confirm.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/topic/topic_name.hpp"

namespace kfk::cli {

namespace {

struct TopicDeleteOptions {
    std::vector<std::string> topics;
    std::optional<std::string> pattern;
    bool if_exists = false;
    bool yes = false;
};

// On a terminal, deleting more than one named topic or anything by pattern asks first.
bool confirmed(const std::vector<std::string>& names, Streams& streams) {
    streams.err << "About to delete " << names.size() << " topic" << (names.size() == 1 ? "" : "s")
                << ":\n";
    for (const std::string& name : names) streams.err << "  " << name << '\n';
    return ask_yes_no("Delete?", streams);
}

ExitCode run_topic_delete(const TopicDeleteOptions& options, const GlobalOptions& globals,
                          Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "topic delete");
    if (options.topics.empty() && !options.pattern) {
        throw_usage("topic delete", "name at least one topic or give --pattern");
    }
    Admin admin(client_config(globals, streams));
    // Named topics only, unless a pattern needs every topic's name.
    const ClusterMetadata md =
        admin.metadata(options.pattern ? std::vector<std::string>{} : options.topics);
    auto exists = [&md](const std::string& name) {
        return std::any_of(md.topics.begin(), md.topics.end(),
                           [&](const TopicMetadata& t) { return t.name == name; });
    };

    std::vector<ItemResult> missing;
    std::vector<std::string> doomed;
    for (const std::string& name : options.topics) {
        if (exists(name)) {
            if (std::find(doomed.begin(), doomed.end(), name) == doomed.end())
                doomed.push_back(name);
        } else if (options.if_exists) {
            missing.push_back({name, "missing", ExitCode::ok, "does not exist (--if-exists)"});
        } else {
            missing.push_back({name, "missing", ExitCode::not_found, "topic does not exist"});
        }
    }
    if (options.pattern) {
        // Internal topics are deleted only when named exactly, never by pattern.
        for (const TopicMetadata* t :
             select_topics(md, {}, options.pattern, false, "delete topics")) {
            if (std::find(doomed.begin(), doomed.end(), t->name) == doomed.end())
                doomed.push_back(t->name);
        }
    }

    const bool asks = options.pattern.has_value() || options.topics.size() > 1;
    if (asks && !options.yes && streams.in_is_tty && !doomed.empty() &&
        !confirmed(doomed, streams)) {
        throw Error(ExitCode::kafka_error, "delete topics", "not confirmed; nothing deleted");
    }
    std::vector<ItemResult> items =
        doomed.empty() ? std::vector<ItemResult>{} : admin.delete_topics(doomed);
    items.insert(items.end(), missing.begin(), missing.end());
    if (items.empty()) {
        // As a missing named topic: not found, unless --if-exists asks for none.
        if (!options.if_exists)
            throw Error(ExitCode::not_found, "delete topics", "no topic matches the pattern",
                        "--if-exists makes that exit 0");
        if (!globals.quiet) streams.err << "kfk: delete topics: no topic matches the pattern\n";
        return ExitCode::ok;
    }
    return report_batch(items, render_opts, "delete topic", streams);
}

}  // namespace

void add_topic_delete_command(Cli& cli) {
    auto& options = cli.own<TopicDeleteOptions>();
    CLI::App* cmd = topic_noun(cli)->add_subcommand(
        "delete", "Delete topics; waits until no broker shows them");
    cmd->add_option("topics", options.topics, "Topic names");
    cmd->add_option("--pattern", options.pattern,
                    "Topics whose whole name matches this regex (never internal ones)")
        ->type_name("REGEX");
    cmd->add_flag("--if-exists", options.if_exists,
                  "A missing topic, or a pattern that matches none, is not an error");
    cmd->add_flag("-y,--yes", options.yes, "Do not ask, also on a terminal");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_topic_delete(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
