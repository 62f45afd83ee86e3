#pragma once
// `kfk __complete WORDS...`, the hidden command behind the bash, zsh and fish scripts,
// and `kfk completion SHELL`, which prints those scripts.
//
// Protocol: WORDS are the words after the program name, the last one being completed
// (empty after a space). kfk prints one candidate per line, "word" or
// "word<TAB>description", then one directive line: ":file" when the shell should also
// complete file names, else ":nofile". Never an error, never anything on stderr.

#include <chrono>
#include <span>
#include <string>

#include "streams.hpp"

namespace kfk::cli {

inline constexpr std::string_view complete_command = "__complete";

// The whole wait for live names, from start-up: the shell must get its answer within 1 s,
// process start and the shell's own work included. A reachable cluster answers in well
// under 100 ms.
inline constexpr std::chrono::milliseconds live_names_budget{750};

int complete(std::span<const std::string> words, Streams& streams);

}  // namespace kfk::cli
