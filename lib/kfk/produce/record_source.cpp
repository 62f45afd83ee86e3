#include "kfk/produce/record_source.hpp"

#include "kfk/codec/record_json.hpp"
#include "kfk/error.hpp"

namespace kfk {

namespace {

constexpr std::size_t invalid_examples_kept = 3;

class TextSource final : public RecordSource {
public:
    TextSource(ByteSource& bytes, TextInput input)
        : RecordSource(bytes), input_(std::move(input)), reader_(bytes, input_.delimiter) {}

    bool next(Record& record) override {
        while (reader_.next(text_)) {
            ++line_;
            if (input_.skip_empty && text_.empty()) {
                ++skipped_empty_;
                continue;
            }
            record.key = input_.key;
            if (input_.key_delimiter) {
                const std::size_t at = text_.find(*input_.key_delimiter);
                if (at == std::string::npos) {
                    if (input_.strict) {
                        throw_usage("read input line " + std::to_string(line_),
                                    "no key delimiter '" + printable(*input_.key_delimiter) +
                                        "' (--strict)");
                    }
                    record.key.reset();
                    record.value = text_;
                } else {
                    record.key = text_.substr(0, at);
                    record.value = text_.substr(at + input_.key_delimiter->size());
                }
            } else {
                record.value = text_;
            }
            return true;
        }
        return false;
    }

private:
    static std::string printable(const std::string& delimiter) {
        std::string out;
        for (char c : delimiter) {
            if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else if (c == '\0')
                out += "\\0";
            else
                out += c;
        }
        return out;
    }

    TextInput input_;
    DelimitedReader reader_;
    std::string text_;
};

class JsonSource final : public RecordSource {
public:
    JsonSource(ByteSource& bytes, JsonInput input)
        : RecordSource(bytes), input_(input), reader_(bytes, "\n") {}

    bool next(Record& record) override {
        while (reader_.next(text_)) {
            ++line_;
            if (text_.find_first_not_of(" \t\r") == std::string::npos) continue;
            std::optional<std::string> problem = decode_record_json(text_, record);
            if (!problem) return true;
            if (!input_.skip_invalid) {
                throw_usage("read input line " + std::to_string(line_), *problem,
                            "--skip-invalid skips such lines");
            }
            ++skipped_invalid_;
            if (invalid_examples_.size() < invalid_examples_kept) {
                invalid_examples_.push_back("line " + std::to_string(line_) + ": " + *problem);
            }
        }
        return false;
    }

private:
    JsonInput input_;
    DelimitedReader reader_;
    std::string text_;
};

}  // namespace

std::unique_ptr<RecordSource> make_text_source(ByteSource& bytes, TextInput input) {
    return std::make_unique<TextSource>(bytes, std::move(input));
}

std::unique_ptr<RecordSource> make_json_source(ByteSource& bytes, JsonInput input) {
    return std::make_unique<JsonSource>(bytes, input);
}

}  // namespace kfk
