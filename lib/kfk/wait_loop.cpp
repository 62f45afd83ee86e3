#include "kfk/wait_loop.hpp"

#include <algorithm>
#include <thread>

#include "kfk/error.hpp"

namespace kfk {

Readiness wait_until(const Deadline& deadline, const std::function<Readiness()>& check,
                     const std::function<void(const Readiness&)>& progress,
                     std::chrono::milliseconds interval) {
    std::string last_status;
    for (;;) {
        Readiness now;
        try {
            now = check();
        } catch (const Error& error) {
            if (error.code() == ExitCode::usage) throw;
            // A request cut short by the spent deadline says nothing about the
            // condition: the last real answer is the better reason to report.
            if (deadline.expired() && !last_status.empty()) return {false, last_status};
            now = {false, error.what_failed() + ": " + error.why()};
        }
        if (now.status != last_status) {
            last_status = now.status;
            progress(now);
        }
        if (now.ready || deadline.expired()) return now;
        const auto left = std::chrono::milliseconds(deadline.remaining_ms());
        std::this_thread::sleep_for(std::min(interval, left));
    }
}

}  // namespace kfk
