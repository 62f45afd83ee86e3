#pragma once
// How every batch command (topic create/delete, partitions add, config changes)
// reports: one status row per item on stdout, one stderr line per failed item, and the
// batch's exit code. When stdout and stderr are the same terminal and the rows are a
// table, the table's MESSAGE column already says why: the stderr lines are left out
// rather than print each reason twice.

#include <vector>

#include "kfk/batch_result.hpp"
#include "kfk/render/output_format.hpp"
#include "streams.hpp"

namespace kfk::cli {

ExitCode report_batch(const std::vector<ItemResult>& items, const RenderOptions& options,
                      const std::string& what, Streams& streams);

}  // namespace kfk::cli
