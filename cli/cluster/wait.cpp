// kfk cluster wait [--brokers N]
// Exits 0 once N brokers are registered and every partition has a leader, 6 when
// --timeout (default 60 s) runs out first: a health check for CI and docker-compose.

#include "commands.hpp"
#include "kfk/cluster/cluster_wait.hpp"
#include "validators.hpp"
#include "wait_command.hpp"

namespace kfk::cli {

namespace {

struct ClusterWaitOptions {
    int brokers = 1;
    bool timeout_set = false;
};

}  // namespace

void add_cluster_wait_command(Cli& cli) {
    auto& options = cli.own<ClusterWaitOptions>();
    CLI::App* cmd = cluster_noun(cli)->add_subcommand(
        "wait", "Wait until N brokers are up and every partition has a leader (exit 6 on timeout)");
    // Not -b: that is the global --brokers (bootstrap servers).
    cmd->add_option("--brokers", options.brokers, "Brokers that must be registered (default 1)")
        ->type_name("N")
        ->check(whole_number(1));
    cmd->callback([&cli, &options] {
        options.timeout_set = timeout_given(cli);
        cli.run = [&cli, &options](Streams& s) {
            return run_wait("cluster wait", cli.globals, options.timeout_set, s, [&](Admin& admin) {
                return cluster_readiness(admin.metadata(), options.brokers);
            });
        };
    });
}

}  // namespace kfk::cli
