#pragma once
// The one way kfk writes a JSON document: two-space indented, UTF-8 kept as is,
// invalid UTF-8 replaced rather than thrown on, a trailing newline.

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

namespace kfk {

inline void write_json(std::ostream& out, const nlohmann::ordered_json& document) {
    out << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

// A value that may be unknown: JSON null then, never a made-up 0.
template <class T>
nlohmann::ordered_json or_null(const std::optional<T>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace kfk
