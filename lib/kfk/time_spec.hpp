#pragma once
// Points in time as users write them after '@': epoch milliseconds (@1764064800000),
// RFC 3339 (@2026-11-25T10:00:00Z, @2026-11-25T11:00:00.250+01:00), or a duration
// before now (@-15m). Used by `consume --from` and `group reset --to`.

#include <chrono>
#include <cstdint>
#include <string_view>

namespace kfk {

// Epoch milliseconds for `text` (which starts with '@'); `now` resolves @-DURATION.
// Throws a usage Error naming `flag` for anything else.
std::int64_t parse_time_spec(std::string_view text, std::chrono::system_clock::time_point now,
                             std::string_view flag);

}  // namespace kfk
