#include "kfk/consume/output_sink.hpp"

#include <cerrno>

namespace kfk {

FdSink::FdSink(int fd, std::size_t buffer_size) : fd_(fd), capacity_(buffer_size) {
    buffer_.reserve(capacity_);
}

FdSink::~FdSink() { flush(); }

bool FdSink::write(std::string_view bytes) {
    if (broken_) return false;
    if (buffer_.size() + bytes.size() > capacity_ && !flush()) return false;
    buffer_ += bytes;
    return true;
}

bool FdSink::flush() {
    if (broken_) return false;
    std::size_t done = 0;
    while (done < buffer_.size()) {
        const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            broken_ = true;
            errno_ = errno;
            buffer_.clear();
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    buffer_.clear();
    return true;
}

}  // namespace kfk
