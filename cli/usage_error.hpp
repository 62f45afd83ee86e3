#pragma once
// The one stderr line for a command line that does not parse. CLI11's own messages
// call a mistyped command "missing", list unexpected words in reverse and blame the
// subcommand for a global flag; kfk re-reads the words against the command tree to say
// which word is unknown, where, and what was probably meant.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace kfk::cli {

// The first unknown command, flag or unexpected word in `args` (without the program
// name), as "kfk: [path: ]unknown command 'x'; did you mean 'y'? (see 'kfk [path] --help')";
// nothing if every word is known.
std::optional<std::string> unknown_word_line(const CLI::App& root,
                                             const std::vector<std::string>& args);

// The line for `error`, which CLI11 raised while parsing `args` into `root`.
std::string usage_error_line(const CLI::ParseError& error, const CLI::App& root,
                             const std::vector<std::string>& args);

}  // namespace kfk::cli
