#pragma once
// --rate N: message i may leave no earlier than start + i/N seconds. The schedule is
// absolute, so short stalls are caught up and the long-run rate is exactly N.

#include <chrono>
#include <cstdint>

namespace kfk {

class Pacer {
public:
    using Clock = std::chrono::steady_clock;

    Pacer(double per_second, Clock::time_point start) : per_second_(per_second), start_(start) {}

    // When message number `index` (0-based) may be sent.
    Clock::time_point slot(std::int64_t index) const {
        const auto offset = std::chrono::duration<double>(static_cast<double>(index) / per_second_);
        return start_ + std::chrono::duration_cast<Clock::duration>(offset);
    }

private:
    double per_second_;
    Clock::time_point start_;
};

}  // namespace kfk
