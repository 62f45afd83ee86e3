#pragma once
// The position `kfk offsets --at` asks for: beginning|earliest, end|latest, @TIMESTAMP
// (ms or RFC 3339) or @-DURATION, as one ListOffsets query value.

#include <chrono>
#include <cstdint>
#include <string_view>

namespace kfk {

struct OffsetQuery {
    enum class Kind { beginning, end, timestamp };
    Kind kind = Kind::end;
    std::int64_t timestamp = 0;  // epoch ms, for Kind::timestamp

    bool operator==(const OffsetQuery&) const = default;
};

// Throws a usage Error naming `flag` for anything else. `now` resolves @-DURATION.
OffsetQuery parse_offset_query(std::string_view text, std::chrono::system_clock::time_point now,
                               std::string_view flag);

}  // namespace kfk
