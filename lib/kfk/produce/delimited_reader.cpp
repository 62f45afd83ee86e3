#include "kfk/produce/delimited_reader.hpp"

#include <algorithm>
#include <cstring>

namespace kfk {

namespace {
constexpr std::size_t initial_buffer = 1 << 18;
}

DelimitedReader::DelimitedReader(ByteSource& source, std::string delimiter)
    : source_(source), delimiter_(std::move(delimiter)), buffer_(initial_buffer) {}

bool DelimitedReader::fill() {
    if (eof_) return false;
    if (begin_ > 0) {  // keep the unconsumed tail at the front
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        scanned_ -= begin_;
        begin_ = 0;
    }
    if (end_ == buffer_.size())
        buffer_.resize(buffer_.size() * 2);  // a record longer than the buffer
    const std::size_t n = source_.read(buffer_.data() + end_, buffer_.size() - end_);
    if (n == 0) {
        eof_ = true;
        return false;
    }
    end_ += n;
    return true;
}

bool DelimitedReader::next(std::string& record) {
    const char first = delimiter_.front();
    const std::size_t width = delimiter_.size();
    for (;;) {
        // Look for the delimiter in what is buffered; memchr finds candidates fast.
        while (scanned_ + width <= end_) {
            const void* hit =
                std::memchr(buffer_.data() + scanned_, first, end_ - scanned_ - width + 1);
            if (hit == nullptr) {
                scanned_ = end_ - width + 1;
                break;
            }
            const std::size_t at =
                static_cast<std::size_t>(static_cast<const char*>(hit) - buffer_.data());
            if (width == 1 || std::memcmp(buffer_.data() + at, delimiter_.data(), width) == 0) {
                record.assign(buffer_.data() + begin_, at - begin_);
                begin_ = scanned_ = at + width;
                return true;
            }
            scanned_ = at + 1;
        }
        if (!fill()) {
            if (begin_ == end_) return false;
            record.assign(buffer_.data() + begin_, end_ - begin_);  // the last record, no delimiter
            begin_ = scanned_ = end_;
            return true;
        }
    }
}

}  // namespace kfk
