#include "kfk/topic/topic_name.hpp"

#include "kfk/error.hpp"

namespace kfk {

namespace {
constexpr std::size_t max_topic_name_length = 249;

bool legal_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
}
}  // namespace

std::optional<std::string> topic_name_problem(std::string_view name) {
    if (name.empty()) return "the name is empty";
    if (name == "." || name == "..") return "'.' and '..' are not allowed";
    if (name.size() > max_topic_name_length) {
        return "longer than " + std::to_string(max_topic_name_length) + " characters";
    }
    for (char c : name) {
        if (!legal_char(c)) {
            return "only letters, digits, '.', '_' and '-' are allowed";
        }
    }
    return std::nullopt;
}

void require_valid_topic_name(std::string_view name) {
    if (auto problem = topic_name_problem(name)) {
        throw_usage("invalid topic name '" + std::string(name) + "'", *problem);
    }
}

bool is_internal_topic(std::string_view name) {
    return name == "__consumer_offsets" || name == "__transaction_state";
}

}  // namespace kfk
