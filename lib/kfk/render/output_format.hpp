#pragma once
// The -o formats and how a renderer should draw. One list feeds parsing, --help and
// shell completion, so they cannot disagree.

#include <optional>
#include <span>
#include <string_view>

namespace kfk {

enum class OutputFormat { table, json, text, jsonl };

// table/json for every command; consume adds text/jsonl.
std::span<const std::string_view> command_output_formats();
std::span<const std::string_view> consume_output_formats();

std::optional<OutputFormat> parse_output_format(std::string_view name);
std::string_view to_string(OutputFormat format);

struct RenderOptions {
    OutputFormat format = OutputFormat::table;
    bool headers = true;  // --no-headers drops table header rows
    bool color = false;   // only when stdout is a TTY and neither --no-color nor NO_COLOR
};

}  // namespace kfk
