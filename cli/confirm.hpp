#pragma once
// The one question kfk asks before a destructive step on a terminal: "<question> [y/N]",
// answered on stdin. Commands ask only when stdin is a TTY and --yes was not given.

#include <string>

#include "streams.hpp"

namespace kfk::cli {

// Prints `question` and " [y/N] " on stderr; true only for y, Y or yes.
bool ask_yes_no(const std::string& question, Streams& streams);

}  // namespace kfk::cli
