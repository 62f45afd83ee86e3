#include "kfk/batch_result.hpp"

#include <algorithm>

namespace kfk {

namespace {
// How bad a failure is when several differ: a timeout or Kafka error outranks the
// caller's own mistakes.
int severity(ExitCode code) {
    switch (code) {
        case ExitCode::ok:
            return 0;
        case ExitCode::already_exists:
            return 1;
        case ExitCode::not_found:
            return 2;
        case ExitCode::usage:
            return 3;
        case ExitCode::partial_failure:
            return 4;
        case ExitCode::kafka_error:
            return 5;
        case ExitCode::timeout:
            return 6;
        case ExitCode::interrupted:
            return 7;
    }
    return 5;
}
}  // namespace

ExitCode batch_exit_code(const std::vector<ItemResult>& results) {
    const auto failed = std::count_if(results.begin(), results.end(),
                                      [](const ItemResult& r) { return r.code != ExitCode::ok; });
    if (failed == 0) return ExitCode::ok;
    if (static_cast<std::size_t>(failed) < results.size()) return ExitCode::partial_failure;
    ExitCode worst = ExitCode::ok;
    for (const ItemResult& r : results) {
        if (severity(r.code) > severity(worst)) worst = r.code;
    }
    return worst;
}

}  // namespace kfk
