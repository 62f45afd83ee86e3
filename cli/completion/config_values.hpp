#pragma once
// The values of the topic configs that take one of a few words, for completing
// `topic config T --set KEY=<TAB>`. A fixed table, as DescribeConfigs reports values,
// not what a key accepts; keys not in it complete no value.

#include <span>
#include <string_view>

namespace kfk::cli {

// The words `key` accepts; empty for a free-form or unknown key.
std::span<const std::string_view> config_value_words(std::string_view key);

}  // namespace kfk::cli
