#include "validators.hpp"

#include <charconv>
#include <cmath>

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

const CLI::Validator& positive_duration_validator() {
    static const CLI::Validator validator(
        [](std::string& text) -> std::string {
            const auto duration = try_parse_duration(text);
            if (!duration) return "invalid duration '" + text + "' (e.g. 500ms, 10s, 5m)";
            return duration->count() > 0 ? "" : "must be more than 0 (got '" + text + "')";
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

const CLI::Validator& group_name_validator() {
    static const CLI::Validator validator(
        [](std::string& text) -> std::string {
            return text.empty() ? "a group name must not be empty" : "";
        },
        "");
    return validator;
}

CLI::Validator whole_number(std::int64_t min, std::int64_t max) {
    return CLI::Validator(
        [min, max](std::string& text) -> std::string {
            std::int64_t value = 0;
            const char* end = text.data() + text.size();
            const auto [ptr, ec] = std::from_chars(text.data(), end, value);
            const bool whole = !text.empty() && ec != std::errc::invalid_argument && ptr == end;
            if (whole && ec == std::errc() && value >= min && value <= max) return "";
            const bool too_big =
                ec == std::errc::result_out_of_range ? text.front() != '-' : value > max;
            if (whole && too_big)
                return "must be a whole number of at most " + std::to_string(max) + " (got '" +
                       text + "')";
            return "must be a whole number of at least " + std::to_string(min) + " (got '" + text +
                   "')";
        },
        "");
}

CLI::Validator positive_number() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            double value = 0;
            const char* end = text.data() + text.size();
            const auto [ptr, ec] = std::from_chars(text.data(), end, value);
            if (ec == std::errc() && ptr == end && std::isfinite(value) && value > 0) return "";
            return "must be a number above 0 (got '" + text + "')";
        },
        "");
}

}  // namespace kfk::cli
