#pragma once
// --risk-below and --fail-on, shared by `group lag` and `group describe`: the data-loss
// window and the exit code (5) that monitoring scripts ask for.

#include <CLI/CLI.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "kfk/error.hpp"
#include "kfk/group/partition_lag.hpp"
#include "streams.hpp"

namespace kfk::cli {

struct LossFlags {
    std::optional<std::string> risk_below;  // a duration
    std::optional<std::string> fail_on;     // risk | lost
};

void add_loss_flags(CLI::App* cmd, LossFlags& flags);

// --risk-below as a duration (none: the default, 10% of each topic's retention.ms).
std::optional<std::chrono::milliseconds> risk_below(const LossFlags& flags);

// partial_failure (5) with one stderr line counting the partitions when --fail-on asks
// for it and `partitions` has any lost (or, for risk, at risk or lost); ok otherwise.
ExitCode loss_exit(const LossFlags& flags, const std::vector<const PartitionLag*>& partitions,
                   const std::string& command, Streams& streams);

}  // namespace kfk::cli
