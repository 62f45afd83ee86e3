#pragma once
// The process's streams, handed to every command so that tests can run a whole
// command on string streams.

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
};

}  // namespace kfk::cli
