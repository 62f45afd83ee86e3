#include "validators.hpp"

#include "kfk/duration.hpp"
#include "kfk/topic/topic_name.hpp"

namespace kfk::cli {

const CLI::Validator& key_value_validator() {
    static const CLI::Validator validator(
        [](std::string& text) -> std::string {
            const auto eq = text.find('=');
            return eq == std::string::npos || eq == 0 ? "expected KEY=VALUE, got '" + text + "'"
                                                      : "";
        },
        "");
    return validator;
}

const CLI::Validator& duration_validator() {
    static const CLI::Validator validator(
        [](std::string& text) -> std::string {
            return try_parse_duration(text)
                       ? ""
                       : "invalid duration '" + text + "' (e.g. 500ms, 10s, 5m)";
        },
        "");
    return validator;
}

const CLI::Validator& topic_name_validator() {
    static const CLI::Validator validator(
        [](std::string& text) -> std::string {
            auto problem = topic_name_problem(text);
            return problem ? "invalid topic name '" + text + "': " + *problem : "";
        },
        "");
    return validator;
}

}  // namespace kfk::cli
