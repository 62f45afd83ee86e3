#pragma once
// The polling behind the wait commands (cluster wait, topic wait, group wait): check a
// condition, and re-check at a short interval until it holds or the time is up.

#include <chrono>
#include <functional>
#include <string>

#include "kfk/deadline.hpp"

namespace kfk {

struct Readiness {
    bool ready = false;
    std::string status;  // what holds, or what is still missing ("2 of 3 brokers")
};

// Default time a wait command waits: long enough for a cluster or consumer in CI.
inline constexpr std::chrono::milliseconds default_wait_timeout{60'000};
inline constexpr std::chrono::milliseconds wait_interval{250};

// Calls `check` until it reports ready or `deadline` expires (a check is still made
// once when the deadline is already spent, so a condition that holds is seen). A kfk
// Error from `check` other than a usage error (an unreachable cluster, a broker that
// is starting) counts as not ready yet, with the error as status (but once the deadline
// is spent, the last status before it is kept). `progress` is called
// whenever the status changes. Returns the last readiness.
Readiness wait_until(const Deadline& deadline, const std::function<Readiness()>& check,
                     const std::function<void(const Readiness&)>& progress,
                     std::chrono::milliseconds interval = wait_interval);

}  // namespace kfk
