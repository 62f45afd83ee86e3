#pragma once
// One status row per item of a batch operation (create 3 topics, delete a pattern),
// and the exit code of the whole batch.

#include <string>
#include <vector>

#include "kfk/error.hpp"

namespace kfk {

struct ItemResult {
    std::string name;              // the topic (or group) the row is about
    std::string status;            // "created", "exists", "would create", "deleted", "failed", ...
    ExitCode code = ExitCode::ok;  // ok for success and for a no-op asked for
    std::string message;           // the reason, for failures and notes
};

// 0 when every item succeeded; when every item failed, the worst failure's code
// (e.g. 4 for a single topic that exists); when some succeeded and some failed, 5.
ExitCode batch_exit_code(const std::vector<ItemResult>& results);

}  // namespace kfk
