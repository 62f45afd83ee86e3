#pragma once
// Wall-clock checks that do not cry wolf on a slow or busy machine or in a sanitizer
// build, while still catching a kfk that overruns its deadline.
//
// A guarantee such as "an unreachable cluster exits 6 within --timeout plus 10 %" is
// about what kfk does once it runs. The time to exec the binary, load its libraries and
// exit again is not kfk's deadline handling, and it varies with the machine's load and
// grows several times in an ASan + UBSan build. So these checks
//   - subtract kfk's own start-up and exit, measured in the same test as the slowest of
//     three runs of `kfk --version` (no network, no librdkafka handle);
//   - in a sanitizer build (compiled with KFK_SANITIZE=1) multiply the allowance over a
//     deadline, or a budget for "fast", by sanitizer_factor: 3, the slowdown ASan's own
//     documentation gives as typical ("about 2x") with room for UBSan and a busy machine.
//     The deadline itself (--timeout) is kfk's decision and is never scaled.
// Tests also check what kfk decided (the exit code, the error naming the deadline), so
// the clock is only a second witness.

#include <chrono>
#include <string>

#include "support/process.hpp"

#ifndef KFK_SANITIZE
#define KFK_SANITIZE 0
#endif

namespace kfk::test {

inline constexpr bool sanitized_build = KFK_SANITIZE != 0;
inline constexpr int sanitizer_factor = sanitized_build ? 3 : 1;

// How long `kfk --version` takes from fork to exit: the slowest of three runs.
std::chrono::milliseconds kfk_startup();

struct TimeCheck {
    bool ok = false;
    std::string detail;  // the numbers, for CHECK_MESSAGE
};

// `r` (a run of kfk with --timeout `deadline`) ended within the deadline plus 10 % (x
// sanitizer_factor in a sanitizer build), not counting kfk's start-up.
TimeCheck within_deadline(const ProcessResult& r, std::chrono::milliseconds deadline);

// `r` took less than `budget` (x sanitizer_factor in a sanitizer build), not counting
// kfk's start-up: for "fails fast, does not wait for the timeout".
TimeCheck faster_than(const ProcessResult& r, std::chrono::milliseconds budget);

}  // namespace kfk::test
