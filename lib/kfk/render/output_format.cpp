#include "kfk/render/output_format.hpp"

#include <array>

#include "kfk/enum_names.hpp"

namespace kfk {

namespace {
constexpr std::array<std::string_view, 2> command_formats{"table", "json"};
constexpr std::array<std::string_view, 3> consume_formats{"text", "json", "jsonl"};
constexpr EnumNames<OutputFormat, 4> format_names{{
    {OutputFormat::table, "table"},
    {OutputFormat::json, "json"},
    {OutputFormat::text, "text"},
    {OutputFormat::jsonl, "jsonl"},
}};
}  // namespace

std::span<const std::string_view> command_output_formats() { return command_formats; }
std::span<const std::string_view> consume_output_formats() { return consume_formats; }

std::optional<OutputFormat> parse_output_format(std::string_view name) {
    return value_named(format_names, name);
}

std::string_view to_string(OutputFormat format) { return name_of(format_names, format); }

}  // namespace kfk
