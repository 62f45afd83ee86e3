#include "kfk/produce/byte_source.hpp"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "kfk/error.hpp"

namespace kfk {

FdByteSource::FdByteSource(int fd, const std::atomic<bool>& stop, bool owns_fd)
    : fd_(fd), stop_(stop), owns_fd_(owns_fd) {}

FdByteSource::~FdByteSource() {
    if (owns_fd_) ::close(fd_);
}

std::size_t FdByteSource::read(char* buffer, std::size_t size) {
    // The first look does not wait: when nothing is ready, `idle` runs at once (the
    // producer sends what it has batched), then about every 100 ms.
    int wait_ms = 0;
    for (;;) {
        if (stop_.load(std::memory_order_relaxed)) return 0;
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, wait_ms);
        wait_ms = 100;
        if (ready < 0 && errno != EINTR)
            throw Error(ExitCode::kafka_error, "read input", std::strerror(errno));
        if (ready <= 0) {
            if (idle) idle();
            continue;
        }
        const ssize_t n = ::read(fd_, buffer, size);
        if (n >= 0) return static_cast<std::size_t>(n);
        if (errno != EINTR && errno != EAGAIN)
            throw Error(ExitCode::kafka_error, "read input", std::strerror(errno));
    }
}

std::size_t StreamByteSource::read(char* buffer, std::size_t size) {
    in_.read(buffer, static_cast<std::streamsize>(size));
    if (in_.bad()) throw Error(ExitCode::kafka_error, "read input", "stream error");
    return static_cast<std::size_t>(in_.gcount());
}

int open_input_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(ExitCode::kafka_error, "open " + path, std::strerror(errno));
    return fd;
}

}  // namespace kfk
