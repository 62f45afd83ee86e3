#pragma once
// Splits a byte stream into records at a delimiter of one or more bytes. A last record
// without a delimiter is still a record; an input ending in a delimiter has no empty
// record after it (as with lines of text).

#include <string>
#include <vector>

#include "kfk/produce/byte_source.hpp"

namespace kfk {

class DelimitedReader {
public:
    DelimitedReader(ByteSource& source, std::string delimiter);

    // The next record into `record` (without its delimiter); false at the end.
    bool next(std::string& record);

private:
    bool fill();  // reads more input; false at the end of it

    ByteSource& source_;
    std::string delimiter_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0;  // unconsumed input is buffer_[begin_, end_)
    std::size_t end_ = 0;
    std::size_t scanned_ = 0;  // buffer_[begin_, scanned_) holds no delimiter start
    bool eof_ = false;
};

}  // namespace kfk
