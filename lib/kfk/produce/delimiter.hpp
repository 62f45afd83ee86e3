#pragma once
// Delimiters as users type them on a command line: `-D '\0'`, `-K '\t'`, `-D '||'`.

#include <string>
#include <string_view>

namespace kfk {

// Unescapes \n \r \t \0 \\ and \xHH; any other character stands for itself. Throws a
// usage Error naming `flag` for an empty result or a malformed escape.
std::string parse_delimiter(std::string_view text, std::string_view flag);

}  // namespace kfk
