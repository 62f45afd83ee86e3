#pragma once
// Where `group reset --to` moves a group's offsets: earliest, latest, an absolute
// offset, the first offset at or after a time (@TIMESTAMP, @-DURATION), or a shift
// relative to the committed offset (shift:+N, shift:-N); or, for --from-file, each
// partition's own offset from the file.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace kfk {

struct ResetTarget {
    enum class Kind { earliest, latest, offset, timestamp, shift, from_file };
    Kind kind = Kind::earliest;
    std::int64_t value = 0;  // the offset, the epoch milliseconds, or the shift

    bool operator==(const ResetTarget&) const = default;
};

// Throws a usage Error (exit 2) naming --to for anything else; `now` resolves @-DURATION.
ResetTarget parse_reset_target(std::string_view text, std::chrono::system_clock::time_point now);

// "earliest", "latest", "offset 42", "@1764064800000", "shift -100": for JSON and notes.
std::string to_string(const ResetTarget& target);

}  // namespace kfk
