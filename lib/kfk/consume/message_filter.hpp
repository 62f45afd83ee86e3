#pragma once
// Which consumed messages `consume` prints: --key (exact key bytes, any of them),
// --grep (the value), --key-grep (the key) and --header NAME=REGEX (repeatable). Every
// condition given must hold. Regular expressions are ECMAScript, searched anywhere in
// the bytes (as grep does, not matched whole); a null key, value or header value has
// nothing to search and never matches one.

#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/consume/message_view.hpp"

namespace kfk {

// How --key's argument spells the key's bytes.
enum class KeyEncoding { text, base64 };

// --key-encoding's word; a usage Error for anything else.
KeyEncoding parse_key_encoding(std::string_view text);

// The key bytes `text` stands for; a usage Error naming --key when it is not valid in
// the encoding.
std::string decode_key(std::string_view text, KeyEncoding encoding);

struct FilterSpec {
    std::vector<std::string> keys;             // key bytes; a message matches any one
    std::optional<std::string> value_pattern;  // --grep
    std::optional<std::string> key_pattern;    // --key-grep
    std::vector<std::string> header_patterns;  // --header NAME=REGEX, as given
};

class MessageFilter {
public:
    // Matches every message.
    MessageFilter() = default;

    // Throws a usage Error, one line naming the flag, for a malformed regular
    // expression or a --header without NAME=.
    static MessageFilter compile(const FilterSpec& spec);

    // Whether any condition is set (else every message matches).
    bool active() const;
    // Whether matching looks at headers (the consumer then reads them).
    bool uses_headers() const { return !headers_.empty(); }
    // --key's keys, in the order given, without duplicates.
    const std::vector<std::string>& keys() const { return keys_; }

    bool matches(const MessageView& message) const;

private:
    struct HeaderCondition {
        std::string name;
        std::regex pattern;
    };
    std::vector<std::string> keys_;
    std::optional<std::regex> value_;
    std::optional<std::regex> key_;
    std::vector<HeaderCondition> headers_;
};

}  // namespace kfk
