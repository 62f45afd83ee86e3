#pragma once
// "Did you mean ...?": the closest known word to a mistyped one, by edit distance, as
// git and gh suggest commands. Shared by the usage-error reporter and any command that
// checks a name against a known list (config keys, formats).

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kfk::cli {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps
// of two adjacent characters each cost 1.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `typed` if it is close enough to be a plausible typo (at
// most a third of the word's length, at least 1; leading dashes of flags not counted);
// nothing otherwise.
std::optional<std::string> closest(std::string_view typed, std::span<const std::string> candidates);

// "; did you mean 'X'?" or "" when nothing is close.
std::string did_you_mean(std::string_view typed, std::span<const std::string> candidates);

}  // namespace kfk::cli
