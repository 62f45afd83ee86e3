#pragma once
// Consumer group states as the broker names them (Stable, Empty, PreparingRebalance,
// CompletingRebalance, Dead) and the --state filter that matches them.

#include <string>
#include <string_view>

namespace kfk {

// The broker's spelling of a state written in any case ("stable" -> "Stable"); a usage
// Error naming `flag` for anything that is not a state.
std::string parse_group_state(std::string_view text, std::string_view flag);

// Dead is what the broker answers for a group it does not know.
inline bool group_exists(std::string_view state) { return state != "Dead" && !state.empty(); }

}  // namespace kfk
