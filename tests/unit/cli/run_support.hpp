#pragma once
// Whole commands run on string streams (no terminal, no network unless a test names a
// cluster): what a test reads back is the exit code and both streams.

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli.hpp"

namespace kfk::test {

struct Captured {
    int code = -1;
    std::string out;
    std::string err;
};

// `kfk ARGS...` with empty stdin.
inline Captured run(std::vector<std::string> args) {
    std::istringstream in;
    std::ostringstream out, err;
    cli::Streams streams{in, out, err};
    Captured c;
    c.code = cli::run(std::move(args), streams);
    c.out = out.str();
    c.err = err.str();
    return c;
}

}  // namespace kfk::test
