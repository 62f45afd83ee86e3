// kfk's entry point: real streams in, an exit code out. Everything else is in cli.cpp.

#include <unistd.h>

#include <csignal>
#include <iostream>

#include "fd_streambuf.hpp"
#include "run.hpp"

int main(int argc, char** argv) {
    // A closed pipe (`kfk ... | head`) must end kfk quietly through a failed write,
    // not kill it with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    std::ios::sync_with_stdio(false);

    // stdout through a buffer that remembers why a write failed (see check_output).
    kfk::cli::FdStreambuf out_buffer(STDOUT_FILENO);
    std::ostream out(&out_buffer);
    kfk::cli::Streams streams{std::cin,
                              out,
                              std::cerr,
                              isatty(STDOUT_FILENO) == 1,
                              isatty(STDERR_FILENO) == 1,
                              isatty(STDIN_FILENO) == 1,
                              [&out_buffer] { return out_buffer.error(); },
                              [&out_buffer] { return out_buffer.reader_gone(); }};
    return kfk::cli::run(std::vector<std::string>(argv + 1, argv + argc), streams);
}
