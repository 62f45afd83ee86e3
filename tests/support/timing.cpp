#include "support/timing.hpp"

#include <algorithm>
#include <stdexcept>

namespace kfk::test {

std::chrono::milliseconds kfk_startup() {
    std::chrono::milliseconds slowest{0};
    for (int i = 0; i < 3; ++i) {
        const ProcessResult r = run_kfk({"--version"});
        if (r.exit_code != 0) throw std::runtime_error("kfk --version failed: " + r.err);
        slowest = std::max(slowest, r.elapsed);
    }
    return slowest;
}

namespace {

TimeCheck compare(const ProcessResult& r, std::chrono::milliseconds allowed,
                  const std::string& what) {
    const std::chrono::milliseconds startup = kfk_startup();
    const std::chrono::milliseconds own = r.elapsed - startup;
    TimeCheck c;
    c.ok = own <= allowed;
    c.detail =
        "took " + std::to_string(r.elapsed.count()) + " ms, less kfk's start-up of " +
        std::to_string(startup.count()) + " ms: " + std::to_string(own.count()) + " ms; allowed " +
        what + ": " + std::to_string(allowed.count()) + " ms" +
        (sanitized_build ? " (sanitizer build, factor " + std::to_string(sanitizer_factor) + ")"
                         : "");
    return c;
}

}  // namespace

TimeCheck within_deadline(const ProcessResult& r, std::chrono::milliseconds deadline) {
    return compare(r, deadline + deadline / 10 * sanitizer_factor, "the deadline plus 10 %");
}

TimeCheck faster_than(const ProcessResult& r, std::chrono::milliseconds budget) {
    return compare(r, budget * sanitizer_factor, "budget");
}

}  // namespace kfk::test
