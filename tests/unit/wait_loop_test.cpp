// The polling loop behind the wait commands.

#include "kfk/wait_loop.hpp"

#include <doctest/doctest.h>

#include <thread>

#include "kfk/error.hpp"

using namespace kfk;
using namespace std::chrono_literals;

TEST_CASE("wait_until re-checks until ready, reports each new status, and stops at the deadline") {
    int calls = 0;
    std::vector<std::string> seen;
    const auto progress = [&](const Readiness& r) { seen.push_back(r.status); };
    const Readiness done = wait_until(
        Deadline(60s),
        [&] {
            ++calls;
            return Readiness{calls == 3, calls == 3 ? "ready" : "not yet"};
        },
        progress, 1ms);
    CHECK(done.ready);
    CHECK(calls == 3);
    CHECK(seen == std::vector<std::string>{"not yet", "ready"});

    // A spent deadline still checks once, then gives up.
    calls = 0;
    CHECK_FALSE(wait_until(
                    Deadline(0ms),
                    [&] {
                        ++calls;
                        return Readiness{false, "x"};
                    },
                    progress, 1ms)
                    .ready);
    CHECK(calls == 1);

    // A broker error is "not ready yet"; a usage error ends the wait.
    const Readiness failing = wait_until(
        Deadline(0ms),
        [&]() -> Readiness { throw Error(ExitCode::timeout, "metadata", "no broker"); }, progress,
        1ms);
    CHECK(failing.status == "metadata: no broker");
    // A request cut short by the spent deadline keeps the last real status.
    calls = 0;
    const Deadline soon(200ms);
    const Readiness cut_short = wait_until(
        soon,
        [&]() -> Readiness {
            if (++calls == 1) return {false, "2 of 3 brokers"};
            while (!soon.expired()) std::this_thread::sleep_for(1ms);  // runs into the deadline
            throw Error(ExitCode::timeout, "metadata", "timed out");
        },
        progress, 1ms);
    CHECK(cut_short.status == "2 of 3 brokers");
    CHECK_THROWS_AS(
        wait_until(
            Deadline(60s), []() -> Readiness { throw_usage("x", "bad"); }, progress, 1ms),
        Error);
}
