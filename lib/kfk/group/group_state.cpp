#include "kfk/group/group_state.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "kfk/error.hpp"

namespace kfk {

namespace {

constexpr std::array<std::string_view, 6> states{
    "Stable", "Empty", "PreparingRebalance", "CompletingRebalance", "Dead", "Unknown"};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

std::string parse_group_state(std::string_view text, std::string_view flag) {
    for (std::string_view state : states) {
        if (equal_ignoring_case(text, state)) return std::string(state);
    }
    throw_usage(std::string(flag), "unknown group state '" + std::string(text) + "'",
                "one of Stable, Empty, PreparingRebalance, CompletingRebalance, Dead");
}

}  // namespace kfk
