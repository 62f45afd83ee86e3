#pragma once
// The shell completion scripts. completions/ holds them; the build embeds those very
// files (cmake/KfkEmbedCompletions.cmake), so `kfk completion SHELL` cannot drift from
// what `cmake --install` puts in place.

#include <span>
#include <string_view>

namespace kfk::cli {

struct CompletionScript {
    std::string_view shell;  // bash, zsh, fish
    std::string_view file;   // its name under completions/
    std::string_view text;
};

std::span<const CompletionScript> completion_scripts();

}  // namespace kfk::cli
