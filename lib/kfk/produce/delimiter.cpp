#include "kfk/produce/delimiter.hpp"

#include "kfk/error.hpp"

namespace kfk {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string parse_delimiter(std::string_view text, std::string_view flag) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        if (++i == text.size())
            throw_usage(std::string(flag), "delimiter ends in a lone backslash",
                        "write \\\\ for a backslash");
        switch (text[i]) {
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case '0':
                out += '\0';
                break;
            case '\\':
                out += '\\';
                break;
            case 'x': {
                const int hi = i + 1 < text.size() ? hex_digit(text[i + 1]) : -1;
                const int lo = i + 2 < text.size() ? hex_digit(text[i + 2]) : -1;
                if (hi < 0 || lo < 0) throw_usage(std::string(flag), "\\x needs two hex digits");
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                break;
            }
            default:
                throw_usage(std::string(flag), std::string("unknown escape \\") + text[i],
                            "use \\n \\r \\t \\0 \\\\ or \\xHH");
        }
    }
    if (out.empty()) throw_usage(std::string(flag), "the delimiter is empty");
    return out;
}

}  // namespace kfk
