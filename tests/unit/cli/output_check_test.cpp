// A failed write to stdout: exit 1 with one line, except EPIPE (the reader left), which
// is quiet and exit 0. Runs whole commands on kfk's stdout buffer over a real fd.

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <sstream>

#include "cli.hpp"
#include "fd_streambuf.hpp"

namespace {

struct Captured {
    int code = -1;
    std::string err;
};

// Runs `args` with stdout on `fd` through the buffer main() uses.
Captured run_on_fd(int fd, std::vector<std::string> args) {
    kfk::cli::FdStreambuf buffer(fd);
    std::ostream out(&buffer);
    std::istringstream in;
    std::ostringstream err;
    kfk::cli::Streams streams{
        in, out, err, false, false, false, [&buffer] { return buffer.error(); }};
    Captured c;
    c.code = kfk::cli::run(std::move(args), streams);
    c.err = err.str();
    return c;
}

}  // namespace

TEST_CASE("a full disk is exit 1 with one line: version, completion") {
    const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    REQUIRE(full >= 0);
    for (const auto& args :
         {std::vector<std::string>{"version"}, std::vector<std::string>{"completion", "bash"},
          std::vector<std::string>{"--help"}}) {
        const Captured c = run_on_fd(full, args);
        CHECK(c.code == 1);
        CHECK(c.err == "kfk: write to stdout: No space left on device\n");
    }
    ::close(full);
}

TEST_CASE("the reader leaving (EPIPE) is quiet and exit 0") {
    std::signal(SIGPIPE, SIG_IGN);  // as main() does
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    ::close(fds[0]);  // nobody reads
    const Captured c = run_on_fd(fds[1], {"completion", "bash"});
    CHECK(c.code == 0);
    CHECK(c.err.empty());
    ::close(fds[1]);
}

TEST_CASE("output that got out is exit 0") {
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    const Captured c = run_on_fd(fds[1], {"version"});
    ::close(fds[1]);
    CHECK(c.code == 0);
    CHECK(c.err.empty());
    char text[256] = {};
    CHECK(::read(fds[0], text, sizeof text - 1) > 0);
    CHECK(std::string(text).rfind("kfk:", 0) == 0);
    ::close(fds[0]);
}
