#include "fd_streambuf.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>

namespace kfk::cli {

FdStreambuf::FdStreambuf(int fd, std::size_t buffer_size)
    : fd_(fd), buffer_(new char[buffer_size]), size_(buffer_size) {
    setp(buffer_.get(), buffer_.get() + size_);
}

FdStreambuf::~FdStreambuf() { drain(); }

bool FdStreambuf::reader_gone() const {
    // A pipe without readers polls as POLLERR, a socket whose peer closed as POLLHUP;
    // a file or terminal as neither. Asks for no event: these come regardless.
    pollfd watched{fd_, 0, 0};
    return ::poll(&watched, 1, 0) == 1 && (watched.revents & (POLLERR | POLLHUP)) != 0;
}

bool FdStreambuf::drain() {
    if (errno_ != 0) return false;
    const char* next = pbase();
    while (next < pptr()) {
        const ssize_t n = ::write(fd_, next, static_cast<std::size_t>(pptr() - next));
        if (n < 0) {
            if (errno == EINTR) continue;
            errno_ = errno;
            break;
        }
        next += n;
    }
    // Whatever could not be written is dropped: after a failed write nothing more goes out.
    setp(buffer_.get(), buffer_.get() + size_);
    return errno_ == 0;
}

FdStreambuf::int_type FdStreambuf::overflow(int_type ch) {
    if (!drain()) return traits_type::eof();
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    *pptr() = traits_type::to_char_type(ch);
    pbump(1);
    return ch;
}

int FdStreambuf::sync() { return drain() ? 0 : -1; }

}  // namespace kfk::cli
