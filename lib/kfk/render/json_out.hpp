#pragma once
// The one way kfk writes a JSON document: two-space indented, UTF-8 kept as is,
// invalid UTF-8 replaced rather than thrown on, a trailing newline.

#include <nlohmann/json.hpp>
#include <ostream>

namespace kfk {

inline void write_json(std::ostream& out, const nlohmann::ordered_json& document) {
    out << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace kfk
