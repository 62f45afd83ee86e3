#include "group/loss_flags.hpp"

#include "kfk/duration.hpp"
#include "validators.hpp"

namespace kfk::cli {

void add_loss_flags(CLI::App* cmd, LossFlags& flags) {
    cmd->add_option("--risk-below", flags.risk_below,
                    "A partition is at risk when its oldest unread message is deleted within "
                    "DURATION (default: 10% of retention.ms)")
        ->type_name("DURATION")
        ->check(duration_validator());
    cmd->add_option("--fail-on", flags.fail_on,
                    "Exit 5 when a partition lost unread messages (lost), or is at risk or lost "
                    "(risk)")
        ->type_name("risk|lost")
        ->check(CLI::IsMember({"risk", "lost"}));
}

std::optional<std::chrono::milliseconds> risk_below(const LossFlags& flags) {
    if (!flags.risk_below) return std::nullopt;
    return parse_duration(*flags.risk_below, "--risk-below");
}

ExitCode loss_exit(const LossFlags& flags, const std::vector<const PartitionLag*>& partitions,
                   const std::string& command, Streams& streams) {
    if (!flags.fail_on) return ExitCode::ok;
    const LossState worst = *flags.fail_on == "lost" ? LossState::lost : LossState::at_risk;
    int lost = 0;
    int at_risk = 0;
    for (const PartitionLag* p : partitions) {
        if (p->loss == LossState::lost) ++lost;
        if (p->loss == LossState::at_risk) ++at_risk;
    }
    const int failing = worst == LossState::lost ? lost : lost + at_risk;
    if (failing == 0) return ExitCode::ok;
    streams.err << "kfk: " << command << ": " << lost << " partition(s) lost unread messages, "
                << at_risk << " at risk\n";
    return ExitCode::partial_failure;
}

}  // namespace kfk::cli
