#pragma once
// One time budget shared by every broker call of a command, so that --timeout bounds
// the whole command and not each request separately.

#include <algorithm>
#include <chrono>

namespace kfk {

class Deadline {
public:
    using Clock = std::chrono::steady_clock;

    explicit Deadline(std::chrono::milliseconds budget)
        : budget_(budget), end_(Clock::now() + budget) {}

    std::chrono::milliseconds budget() const { return budget_; }
    bool expired() const { return Clock::now() >= end_; }

    // Milliseconds left, as librdkafka's int timeouts want them; 0 once expired.
    int remaining_ms() const {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(end_ - Clock::now());
        return static_cast<int>(std::clamp<long long>(left.count(), 0, 1LL << 30));
    }

private:
    std::chrono::milliseconds budget_;
    Clock::time_point end_;
};

}  // namespace kfk
