#include "usage_error.hpp"

#include "suggest.hpp"

namespace kfk::cli {

namespace {

std::string see_help(const std::string& path) {
    return " (see 'kfk " + (path.empty() ? "" : path + " ") + "--help')";
}

std::string line(const std::string& path, const std::string& why) {
    return "kfk: " + (path.empty() ? "" : path + ": ") + why + see_help(path);
}

// The option `name` as `app` or one of its parents (global options) knows it.
const CLI::Option* find_option(const CLI::App* app, const std::string& name) {
    for (; app != nullptr; app = app->get_parent()) {
        if (const CLI::Option* option = app->get_option_no_throw(name)) return option;
    }
    return nullptr;
}

std::vector<std::string> flag_names(const CLI::App* app) {
    std::vector<std::string> names;
    for (; app != nullptr; app = app->get_parent()) {
        for (const CLI::Option* option : app->get_options()) {
            for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
        }
    }
    return names;
}

std::vector<std::string> command_names(const CLI::App* app) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app->get_subcommands({})) {
        if (!sub->get_group().empty()) names.push_back(sub->get_name());  // hidden: no group
    }
    return names;
}

bool takes_positionals(const CLI::App* app) {
    for (const CLI::Option* option : app->get_options()) {
        if (!option->nonpositional()) return true;
    }
    return false;
}

}  // namespace

std::optional<std::string> unknown_word_line(const CLI::App& root,
                                             const std::vector<std::string>& args) {
    const CLI::App* current = &root;
    std::string path;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& word = args[i];
        if (word == "--") return std::nullopt;
        if (word.size() > 1 && word.front() == '-') {
            const std::string name = word.substr(0, word.find('='));
            const CLI::Option* option = find_option(current, name);
            bool attached = name.size() < word.size();
            if (option == nullptr && !word.starts_with("--") && word.size() > 2) {
                // -vv, -p0: a short option with more flags or its value attached.
                option = find_option(current, word.substr(0, 2));
                attached = true;
            }
            if (option == nullptr) {
                return line(
                    path, "unknown flag '" + name + "'" + did_you_mean(name, flag_names(current)));
            }
            if (option->get_items_expected_max() > 0 && !attached)
                ++i;  // skip its value (not a flag's)
            continue;
        }
        const std::vector<std::string> commands = command_names(current);
        if (!current->get_subcommands({}).empty()) {
            const CLI::App* next = nullptr;
            for (const CLI::App* sub : current->get_subcommands({})) {
                if (sub->check_name(word)) next = sub;
            }
            if (next == nullptr) {
                return line(path, "unknown command '" + word + "'" + did_you_mean(word, commands));
            }
            current = next;
            path += (path.empty() ? "" : " ") + word;
        } else if (!takes_positionals(current)) {
            return line(path, "unexpected argument '" + word + "'");
        }
    }
    return std::nullopt;
}

std::string usage_error_line(const CLI::ParseError& error, const CLI::App& root,
                             const std::vector<std::string>& args) {
    if (auto unknown = unknown_word_line(root, args)) return *unknown;
    std::string path;
    for (const CLI::App* app = &root;;) {
        const auto parsed = app->get_subcommands();
        if (parsed.empty()) break;
        app = parsed.front();
        path += (path.empty() ? "" : " ") + app->get_name();
    }
    std::string why = error.what();
    // CLI11 reports a missing subcommand as "A subcommand is required".
    if (why.find("subcommand is required") != std::string::npos) why = "missing command";
    // "--partitions: must be ..." reads as one sentence without the colon.
    if (const auto colon = why.find(": must be "); colon != std::string::npos) why.erase(colon, 1);
    return line(path, why);
}

}  // namespace kfk::cli
