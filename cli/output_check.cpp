#include "output_check.hpp"

#include <cerrno>
#include <cstring>

#include "kfk/error.hpp"

namespace kfk::cli {

OutputState check_output(Streams& streams) {
    if (streams.out.flush().good()) return OutputState::written;
    const int error = streams.out_error();
    if (error == EPIPE) return OutputState::reader_left;
    throw Error(ExitCode::kafka_error, "write to stdout",
                error != 0 ? std::strerror(error) : "the output stream failed");
}

}  // namespace kfk::cli
