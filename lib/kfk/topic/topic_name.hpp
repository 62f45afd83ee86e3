#pragma once
// Kafka's rules for topic names, checked before anything is sent to a broker.

#include <optional>
#include <string>
#include <string_view>

namespace kfk {

// Why `name` is not a valid topic name, or nullopt when it is. Kafka's rules: 1 to 249
// characters of [a-zA-Z0-9._-], and not "." or "..".
std::optional<std::string> topic_name_problem(std::string_view name);

// Throws a usage Error when `name` is invalid.
void require_valid_topic_name(std::string_view name);

// Kafka's own internal topics, hidden from listings unless asked for.
bool is_internal_topic(std::string_view name);

}  // namespace kfk
