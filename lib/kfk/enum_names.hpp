#pragma once
// An enum's spelled names as one table, read both ways: kfk's flags and JSON spell the
// values of several enums (output formats, ACL operations, partitioners), and one table
// per enum keeps the two directions from drifting apart.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace kfk {

template <class Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, std::string_view>, N>;

// The name of `value`; "unknown" for a value the table lacks.
template <class Enum, std::size_t N>
constexpr std::string_view name_of(const EnumNames<Enum, N>& names, Enum value) {
    for (const auto& [v, name] : names) {
        if (v == value) return name;
    }
    return "unknown";
}

// The value spelled `name` exactly; nullopt for another name.
template <class Enum, std::size_t N>
constexpr std::optional<Enum> value_named(const EnumNames<Enum, N>& names, std::string_view name) {
    for (const auto& [value, spelled] : names) {
        if (spelled == name) return value;
    }
    return std::nullopt;
}

}  // namespace kfk
