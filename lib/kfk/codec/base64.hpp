#pragma once
// Standard base64 (RFC 4648, with padding), for keys and values that are not UTF-8 in
// kfk's JSON.

#include <optional>
#include <string>
#include <string_view>

namespace kfk {

std::string base64_encode(std::string_view bytes);

// nullopt for anything that is not canonical padded base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace kfk
