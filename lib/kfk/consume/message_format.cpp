#include "kfk/consume/message_format.hpp"

#include <charconv>

#include "kfk/error.hpp"

namespace kfk {

namespace {

[[noreturn]] void bad_format(std::string_view format, const std::string& why) {
    throw_usage("-f", why + " in '" + std::string(format) + "'",
                "tokens: %t %p %o %k %s %T %h %K %S %%, escapes: \\n \\t \\\\");
}

template <class Int>
void append_number(std::string& out, Int value) {
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, end);
}

void append_headers(const MessageView& m, std::string& out) {
    bool first = true;
    for (const HeaderView& h : m.headers) {
        if (!first) out += ',';
        first = false;
        out += h.key;
        out += '=';
        if (h.value) out += *h.value;
    }
}

}  // namespace

MessageFormat MessageFormat::compile(std::string_view format) {
    MessageFormat compiled;
    std::string literal;
    auto flush_literal = [&] {
        if (!literal.empty()) compiled.pieces_.emplace_back(std::move(literal));
        literal.clear();
    };
    for (std::size_t i = 0; i < format.size(); ++i) {
        const char c = format[i];
        if (c != '%' && c != '\\') {
            literal += c;
            continue;
        }
        if (i + 1 == format.size())
            bad_format(format, std::string("a lone '") + c + "' at the end");
        const char next = format[++i];
        if (c == '\\') {
            switch (next) {
                case 'n':
                    literal += '\n';
                    break;
                case 't':
                    literal += '\t';
                    break;
                case '\\':
                    literal += '\\';
                    break;
                default:
                    bad_format(format, std::string("unknown escape '\\") + next + "'");
            }
            continue;
        }
        Field field;
        switch (next) {
            case '%':
                literal += '%';
                continue;
            case 't':
                field = Field::topic;
                break;
            case 'p':
                field = Field::partition;
                break;
            case 'o':
                field = Field::offset;
                break;
            case 'k':
                field = Field::key;
                break;
            case 's':
                field = Field::value;
                break;
            case 'T':
                field = Field::timestamp;
                break;
            case 'h':
                field = Field::headers;
                break;
            case 'K':
                field = Field::key_length;
                break;
            case 'S':
                field = Field::value_length;
                break;
            default:
                bad_format(format, std::string("unknown token '%") + next + "'");
        }
        flush_literal();
        compiled.pieces_.emplace_back(field);
    }
    flush_literal();
    return compiled;
}

void MessageFormat::append(const MessageView& m, std::string& out) const {
    for (const Piece& piece : pieces_) {
        if (const auto* text = std::get_if<std::string>(&piece)) {
            out += *text;
            continue;
        }
        switch (std::get<Field>(piece)) {
            case Field::topic:
                out += m.topic;
                break;
            case Field::partition:
                append_number(out, m.partition);
                break;
            case Field::offset:
                append_number(out, m.offset);
                break;
            case Field::key:
                if (m.key) out += *m.key;
                break;
            case Field::value:
                if (m.value) out += *m.value;
                break;
            case Field::timestamp:
                append_number(out, m.timestamp);
                break;
            case Field::headers:
                append_headers(m, out);
                break;
            case Field::key_length:
                append_number(out, m.key ? static_cast<long long>(m.key->size()) : -1LL);
                break;
            case Field::value_length:
                append_number(out, m.value ? static_cast<long long>(m.value->size()) : -1LL);
                break;
        }
    }
}

}  // namespace kfk
