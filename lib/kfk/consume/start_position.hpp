#pragma once
// Where `consume --from` starts in each partition: beginning, end, stored (the group's
// committed offset), N (absolute), -N (N before the end), @TIMESTAMP, @-DURATION.

#include <chrono>
#include <cstdint>
#include <string_view>

namespace kfk {

struct StartPosition {
    enum class Kind { beginning, end, stored, absolute, from_end, timestamp };
    Kind kind = Kind::end;
    std::int64_t value = 0;  // the offset (absolute), the count (from_end), epoch ms (timestamp)

    bool operator==(const StartPosition&) const = default;
};

// Throws a usage Error naming `flag` for anything else. `now` resolves @-DURATION.
// --until takes the same grammar.
StartPosition parse_start_position(std::string_view text, std::chrono::system_clock::time_point now,
                                   std::string_view flag = "--from");

}  // namespace kfk
