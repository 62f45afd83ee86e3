#pragma once
// Where produce input comes from: a file descriptor (stdin, -f FILE) or, in tests, a
// std::istream. Reads return what is available rather than waiting for a full buffer,
// so `tail -f | kfk produce` sends each line as it comes.

#include <atomic>
#include <cstddef>
#include <functional>
#include <istream>

namespace kfk {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Up to `size` bytes into `buffer`; 0 at the end of the input. Throws Error on a
    // read error.
    virtual std::size_t read(char* buffer, std::size_t size) = 0;

    // Called when a read finds nothing ready, then about every 100 ms while it waits for
    // input, so the producer can send what it batched and serve delivery reports.
    std::function<void()> idle;
};

// Reads a file descriptor. Waits in poll(), not in read(), so that a raised `stop`
// (SIGINT) ends the input within 100 ms even while nothing arrives: the C++ streams
// restart a read interrupted by a signal and would block until the next line.
class FdByteSource final : public ByteSource {
public:
    FdByteSource(int fd, const std::atomic<bool>& stop, bool owns_fd = false);
    ~FdByteSource() override;
    FdByteSource(const FdByteSource&) = delete;
    FdByteSource& operator=(const FdByteSource&) = delete;
    std::size_t read(char* buffer, std::size_t size) override;

private:
    int fd_;
    const std::atomic<bool>& stop_;
    bool owns_fd_;
};

class StreamByteSource final : public ByteSource {
public:
    explicit StreamByteSource(std::istream& in) : in_(in) {}
    std::size_t read(char* buffer, std::size_t size) override;

private:
    std::istream& in_;
};

// Opens `path` for FdByteSource; throws an I/O Error naming it.
int open_input_file(const std::string& path);

}  // namespace kfk
