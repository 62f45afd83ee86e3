#pragma once
// Points in time as users write them after '@': epoch milliseconds (@1764064800000),
// RFC 3339 (@2026-11-25T10:00:00Z, @2026-11-25T11:00:00.250+01:00), a date alone
// (@2026-11-25, midnight UTC), or a duration before now (@-15m). Ten digits
// (@1796160388) are plainly epoch seconds and refused with a hint; a time without a zone
// is refused saying so. Used by `consume --from`, `group reset --to` and the like.

#include <chrono>
#include <cstdint>
#include <string_view>

namespace kfk {

// Epoch milliseconds for `text` (which starts with '@'); `now` resolves @-DURATION.
// Throws a usage Error naming `flag` for anything else.
std::int64_t parse_time_spec(std::string_view text, std::chrono::system_clock::time_point now,
                             std::string_view flag);

}  // namespace kfk
