#pragma once
// Produce input as records: text (one message per delimited record, optionally with a
// key split off) or JSON lines (consume -o jsonl's shape). Each record carries the
// number of the input record it came from, which every failure report names.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kfk/codec/record.hpp"
#include "kfk/produce/delimited_reader.hpp"

namespace kfk {

class RecordSource {
public:
    virtual ~RecordSource() = default;
    // The next record; false at the end of the input. A malformed record is a usage
    // Error naming its line (unless the source was told to skip it).
    virtual bool next(Record& record) = 0;
    // The input line (1-based delimited record) the last record came from.
    std::int64_t line() const { return line_; }
    // Records left out: empty ones (--skip-empty) and invalid ones (--skip-invalid).
    std::int64_t skipped_empty() const { return skipped_empty_; }
    std::int64_t skipped_invalid() const { return skipped_invalid_; }
    // The first few invalid lines skipped, as "line N: why".
    const std::vector<std::string>& invalid_examples() const { return invalid_examples_; }
    // Runs `idle` about every 100 ms while the input has nothing to read.
    void set_idle(std::function<void()> idle) { bytes_.idle = std::move(idle); }

protected:
    explicit RecordSource(ByteSource& bytes) : bytes_(bytes) {}

    ByteSource& bytes_;
    std::int64_t line_ = 0;
    std::int64_t skipped_empty_ = 0;
    std::int64_t skipped_invalid_ = 0;
    std::vector<std::string> invalid_examples_;
};

struct TextInput {
    std::string delimiter = "\n";              // -D
    std::optional<std::string> key_delimiter;  // -K: key DELIM value
    std::optional<std::string> key;            // -k: the same key on every message
    bool skip_empty = false;                   // --skip-empty
    bool strict = false;                       // --strict: a line without -K's DELIM is an error
};

struct JsonInput {
    bool skip_invalid = false;  // --skip-invalid: count and skip lines that do not decode
};

// One message per delimited record. Without a key option keys are null.
std::unique_ptr<RecordSource> make_text_source(ByteSource& bytes, TextInput input);

// One JSON object per line; lines of only blanks are skipped.
std::unique_ptr<RecordSource> make_json_source(ByteSource& bytes, JsonInput input);

}  // namespace kfk
