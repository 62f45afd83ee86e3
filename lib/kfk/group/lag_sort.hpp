#pragma once
// `group lag --sort lag|time`: the worst first, for a person scanning a long table.

#include <optional>
#include <string_view>

#include "kfk/group/partition_lag.hpp"

namespace kfk {

enum class LagSort { name, lag, time };

// "lag" or "time"; nullopt otherwise.
std::optional<LagSort> parse_lag_sort(std::string_view text);

// Topics and the partitions within each by descending lag (count or time, unknown
// times last; ties by name and number). `name` keeps the default order.
void sort_lag(GroupLag& group, LagSort by);

}  // namespace kfk
