// kfk topic wait TOPIC... [--messages N] [--deleted]
// Exits 0 once every topic exists with every partition led (and holds at least N
// messages), or with --deleted once they are gone; 6 when --timeout (default 60 s) runs
// out first.

#include "commands.hpp"
#include "kfk/topic/topic_wait.hpp"
#include "validators.hpp"
#include "wait_command.hpp"

namespace kfk::cli {

namespace {

struct TopicWaitOptions {
    TopicWaitCondition condition;
    bool timeout_set = false;
};

}  // namespace

void add_topic_wait_command(Cli& cli) {
    auto& options = cli.own<TopicWaitOptions>();
    CLI::App* cmd = topic_noun(cli)->add_subcommand(
        "wait", "Wait until topics exist with leaders (or hold N messages, or are deleted)");
    cmd->add_option("topics", options.condition.topics, "Topic names")
        ->required()
        ->check(topic_name_validator());
    auto* messages = cmd->add_option("--messages", options.condition.messages,
                                     "Also until the topics hold at least N messages each")
                         ->type_name("N")
                         ->check(whole_number(0, std::numeric_limits<std::int64_t>::max()));
    cmd->add_flag("--deleted", options.condition.deleted, "Until the topics are gone")
        ->excludes(messages);
    cmd->callback([&cli, &options] {
        options.timeout_set = timeout_given(cli);
        cli.run = [&cli, &options](Streams& s) {
            return run_wait("topic wait", cli.globals, options.timeout_set, s,
                            [&](Admin& admin) { return check_topics(admin, options.condition); });
        };
    });
}

}  // namespace kfk::cli
