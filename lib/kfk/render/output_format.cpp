#include "kfk/render/output_format.hpp"

#include <array>

namespace kfk {

namespace {
constexpr std::array<std::string_view, 2> command_formats{"table", "json"};
constexpr std::array<std::string_view, 3> consume_formats{"text", "json", "jsonl"};
}  // namespace

std::span<const std::string_view> command_output_formats() { return command_formats; }
std::span<const std::string_view> consume_output_formats() { return consume_formats; }

std::optional<OutputFormat> parse_output_format(std::string_view name) {
    if (name == "table") return OutputFormat::table;
    if (name == "json") return OutputFormat::json;
    if (name == "text") return OutputFormat::text;
    if (name == "jsonl") return OutputFormat::jsonl;
    return std::nullopt;
}

std::string_view to_string(OutputFormat format) {
    switch (format) {
        case OutputFormat::table:
            return "table";
        case OutputFormat::json:
            return "json";
        case OutputFormat::text:
            return "text";
        case OutputFormat::jsonl:
            return "jsonl";
    }
    return "table";
}

}  // namespace kfk
