#pragma once
// Where consumed messages go. The library writes through this interface; cli/ hands in
// a sink on the command's output stream (stdout, or a string stream in tests).

#include <ostream>
#include <string_view>

namespace kfk {

class OutputSink {
public:
    virtual ~OutputSink() = default;
    // False once a write failed (the reader went away, or the disk is full): the
    // consumer stops; what the failure means is for the caller to say.
    virtual bool write(std::string_view bytes) = 0;
    virtual bool flush() = 0;
};

// Writes to a std::ostream, buffered as the stream's own buffer is.
class StreamSink final : public OutputSink {
public:
    explicit StreamSink(std::ostream& out) : out_(out) {}
    bool write(std::string_view bytes) override {
        out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return out_.good();
    }
    bool flush() override { return out_.flush().good(); }

private:
    std::ostream& out_;
};

}  // namespace kfk
