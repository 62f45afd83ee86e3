#pragma once
// The process's streams, handed to every command so that tests can run a whole
// command on string streams.

#include <functional>
#include <istream>
#include <ostream>

namespace kfk::cli {

struct Streams {
    std::istream& in;
    std::ostream& out;  // results only
    std::ostream& err;  // errors, warnings, progress
    bool out_is_tty = false;
    bool err_is_tty = false;
    bool in_is_tty = false;
    // errno of the first failed write to `out` (0: none, or a stream that cannot tell,
    // such as a string stream): EPIPE means the reader left, anything else is an error.
    std::function<int()> out_error = [] { return 0; };
    // True when `out` is a pipe or socket whose reader has left, known without writing
    // (false for anything else): a command that waits for data ends then.
    std::function<bool()> out_reader_gone = [] { return false; };
};

}  // namespace kfk::cli
