// kfk group wait GROUP [--lag-below N] [--empty] [--stable] [--topic T]...
// Exits 0 once every given condition holds (none given: the group exists), 6 when
// --timeout (default 60 s) runs out first: "wait until the consumer caught up" in CI.

#include "commands.hpp"
#include "kfk/group/group_wait.hpp"
#include "validators.hpp"
#include "wait_command.hpp"

namespace kfk::cli {

namespace {

struct GroupWaitOptions {
    GroupWaitCondition condition;
    bool timeout_set = false;
};

}  // namespace

void add_group_wait_command(Cli& cli) {
    auto& options = cli.own<GroupWaitOptions>();
    CLI::App* cmd = group_noun(cli)->add_subcommand(
        "wait", "Wait until a group's lag is below N, it has no members, or it is stable");
    cmd->add_option("group", options.condition.group, "Group name")->required();
    cmd->add_option("--lag-below", options.condition.lag_below,
                    "Until the total lag (committed partitions) is below N")
        ->type_name("N")
        ->check(whole_number(1, std::numeric_limits<std::int64_t>::max()));
    cmd->add_flag("--empty", options.condition.empty,
                  "Until the group has no active members (also when it does not exist)");
    cmd->add_flag("--stable", options.condition.stable, "Until the group is in state Stable");
    cmd->add_option("--topic", options.condition.topics, "Lag only on this topic, repeatable")
        ->type_name("TOPIC")
        ->check(topic_name_validator())
        ->allow_extra_args(false);
    cmd->callback([&cli, &options] {
        options.timeout_set = timeout_given(cli);
        cli.run = [&cli, &options](Streams& s) {
            return run_wait("group wait", cli.globals, options.timeout_set, s,
                            [&](Admin& admin) { return check_group(admin, options.condition); });
        };
    });
}

}  // namespace kfk::cli
