#pragma once
// The buffer under kfk's stdout: block-buffered writes to a file descriptor that keep
// the errno of the first failed write, so that the end of a command can tell the
// reader leaving (EPIPE: quiet, exit 0) from a real write error (a full disk: exit 1).

#include <cstddef>
#include <memory>
#include <streambuf>

namespace kfk::cli {

class FdStreambuf final : public std::streambuf {
public:
    explicit FdStreambuf(int fd, std::size_t buffer_size = 1 << 17);
    ~FdStreambuf() override;
    FdStreambuf(const FdStreambuf&) = delete;
    FdStreambuf& operator=(const FdStreambuf&) = delete;

    int error() const { return errno_; }  // errno of the first failed write, 0 if none
    // True when the fd is a pipe or socket whose reader has closed it: known without
    // writing, so a command waiting for data can end as a write would end it.
    bool reader_gone() const;

protected:
    int_type overflow(int_type ch) override;
    int sync() override;

private:
    bool drain();  // writes the buffer out; false (and errno_ set) on failure

    int fd_;
    // Not zeroed: its pages are only touched as output fills them, so a command that
    // prints one line does not pay for zeroing 128 KiB.
    std::unique_ptr<char[]> buffer_;
    std::size_t size_;
    int errno_ = 0;
};

}  // namespace kfk::cli
