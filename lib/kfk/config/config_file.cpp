#include "kfk/config/config_file.hpp"

#include <algorithm>

#include "kfk/error.hpp"

namespace kfk {

namespace {

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

bool is_comment_or_blank(std::string_view line) {
    line = trim(line);
    return line.empty() || line.front() == '#' || line.front() == ';';
}

constexpr std::string_view current_key = "current-context";

}  // namespace

const Context* ConfigFile::find(std::string_view name) const {
    auto it = std::find_if(contexts.begin(), contexts.end(),
                           [&](const Context& c) { return c.name == name; });
    return it == contexts.end() ? nullptr : &*it;
}

const Context& ConfigFile::require(const std::string& name) const {
    const Context* context = find(name);
    if (context == nullptr) {
        throw Error(ExitCode::not_found, "context " + name, "not defined in " + path,
                    "kfk config list shows the contexts");
    }
    return *context;
}

ConfigFile parse_config_file(std::string_view text, const std::string& path) {
    ConfigFile file;
    file.path = path;
    Context* section = nullptr;
    int number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = trim(text.substr(pos, end - pos));
        pos = end + 1;
        ++number;
        if (is_comment_or_blank(line)) continue;
        const std::string where = path + ":" + std::to_string(number);
        if (line.front() == '[') {
            if (line.back() != ']') throw_usage(where, "a section header must end with ']'");
            const std::string_view inside = trim(line.substr(1, line.size() - 2));
            if (inside.substr(0, 8) != "context " || trim(inside.substr(8)).empty()) {
                throw_usage(where, "expected [context NAME], got '" + std::string(line) + "'");
            }
            const std::string name(trim(inside.substr(8)));
            if (file.find(name)) throw_usage(where, "context '" + name + "' is defined twice");
            file.contexts.push_back({name, {}});
            section = &file.contexts.back();
            continue;
        }
        const auto eq = line.find('=');
        if (eq == std::string_view::npos)
            throw_usage(where, "expected KEY = VALUE, got '" + std::string(line) + "'");
        const std::string key(trim(line.substr(0, eq)));
        const std::string value(trim(line.substr(eq + 1)));
        if (key.empty()) throw_usage(where, "empty key");
        if (section == nullptr) {
            if (key != current_key)
                throw_usage(where, "'" + key + "' outside a [context NAME] section");
            file.current = value;
        } else {
            section->properties.push_back({key, value});
        }
    }
    return file;
}

std::string with_current_context(std::string_view text, std::string_view name) {
    std::string out;
    bool replaced = false;
    bool in_section = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        const bool has_newline = end != std::string_view::npos;
        if (!has_newline) end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        const std::string_view t = trim(line);
        if (!t.empty() && t.front() == '[') in_section = true;
        const auto eq = t.find('=');
        // Every top-level current-context line (the last one counts when parsing).
        if (!in_section && eq != std::string_view::npos && trim(t.substr(0, eq)) == current_key) {
            out.append(current_key).append(" = ").append(name);
            replaced = true;
        } else {
            out += line;
        }
        if (has_newline) out += '\n';
    }
    if (replaced) return out;
    std::string first_line = std::string(current_key).append(" = ").append(name).append("\n");
    if (!out.empty()) first_line += '\n';
    return first_line + out;
}

}  // namespace kfk
