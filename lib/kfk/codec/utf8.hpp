#pragma once
// UTF-8 validity, as JSON strings need it: kfk emits a key or value as a JSON string
// only when it is valid UTF-8, and as base64 otherwise.

#include <string_view>

namespace kfk {

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view bytes);

}  // namespace kfk
