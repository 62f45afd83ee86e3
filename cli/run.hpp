#pragma once
// kfk's entry point: main() needs only this, not the command tree (nor CLI11).

#include <string>
#include <vector>

#include "streams.hpp"

namespace kfk::cli {

// Parses, runs and maps every error to its exit code and one stderr line.
int run(std::vector<std::string> args, Streams& streams);

}  // namespace kfk::cli
