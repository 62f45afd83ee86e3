#pragma once
// Where consumed messages go. The library writes through this interface; cli/ hands in
// a sink on stdout, tests a sink on a string.

#include <unistd.h>

#include <string>
#include <string_view>

namespace kfk {

class OutputSink {
public:
    virtual ~OutputSink() = default;
    // False once the reader is gone (EPIPE) or on another write error.
    virtual bool write(std::string_view bytes) = 0;
    virtual bool flush() = 0;
};

// Block-buffered writes to a file descriptor: full buffers go out at once, the rest on
// flush(). A closed pipe (`kfk consume | head`) makes write/flush return false.
class FdSink final : public OutputSink {
public:
    explicit FdSink(int fd, std::size_t buffer_size = 1 << 17);
    ~FdSink() override;
    bool write(std::string_view bytes) override;
    bool flush() override;
    bool broken() const { return broken_; }
    int error() const { return errno_; }  // errno of the failed write, 0 if none

private:
    int fd_;
    std::size_t capacity_;
    std::string buffer_;
    bool broken_ = false;
    int errno_ = 0;
};

class StringSink final : public OutputSink {
public:
    bool write(std::string_view bytes) override {
        text += bytes;
        return true;
    }
    bool flush() override {
        ++flushes;
        return true;
    }
    std::string text;
    int flushes = 0;
};

}  // namespace kfk
