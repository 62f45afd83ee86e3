#pragma once
// Where consumed messages go. The library writes through this interface; cli/ hands in
// a sink on the command's output stream (stdout, or a string stream in tests).

#include <functional>
#include <ostream>
#include <string_view>
#include <utility>

namespace kfk {

class OutputSink {
public:
    virtual ~OutputSink() = default;
    // False once a write failed (the reader went away, or the disk is full): the
    // consumer stops; what the failure means is for the caller to say.
    virtual bool write(std::string_view bytes) = 0;
    virtual bool flush() = 0;
    // True when the reader has left without a write having failed yet (a closed pipe):
    // a consumer waiting for messages stops as if its next write had failed.
    virtual bool reader_gone() { return false; }
};

// Writes to a std::ostream, buffered as the stream's own buffer is.
class StreamSink final : public OutputSink {
public:
    explicit StreamSink(std::ostream& out, std::function<bool()> reader_gone = {})
        : out_(out), reader_gone_(std::move(reader_gone)) {}
    bool write(std::string_view bytes) override {
        out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return out_.good();
    }
    bool flush() override { return out_.flush().good(); }
    bool reader_gone() override { return reader_gone_ && reader_gone_(); }

private:
    std::ostream& out_;
    std::function<bool()> reader_gone_;
};

}  // namespace kfk
