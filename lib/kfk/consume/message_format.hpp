#pragma once
// kcat-style format strings for `consume -f`: %t topic, %p partition, %o offset,
// %k key, %s value, %T timestamp (ms), %h headers (k=v,k2=v2), %K/%S key/value length
// (-1 for null), %% a percent sign; \n \t \\ escapes. Compiled once, then applied to
// every message without re-parsing.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kfk/consume/message_view.hpp"

namespace kfk {

class MessageFormat {
public:
    // Throws a usage Error naming the bad token or escape.
    static MessageFormat compile(std::string_view format);

    // Appends the formatted message to `out`.
    void append(const MessageView& message, std::string& out) const;

private:
    enum class Field {
        topic,
        partition,
        offset,
        key,
        value,
        timestamp,
        headers,
        key_length,
        value_length
    };
    using Piece = std::variant<std::string, Field>;  // literal text or a field
    std::vector<Piece> pieces_;
};

}  // namespace kfk
