#include "completion/walk.hpp"

#include "completion/config_values.hpp"
#include "kfk/render/output_format.hpp"

namespace kfk::cli {

namespace {

// As CLI11 decides it: a flag expects no items.
bool takes_value(const CLI::Option& option) { return option.get_items_expected_max() > 0; }

bool is_hidden(const CLI::App& app) { return app.get_group().empty(); }
bool is_hidden(const CLI::Option& option) { return option.get_group().empty(); }

// An option of `app` or of an ancestor: global options may follow the command.
struct Found {
    CLI::Option* option = nullptr;
    CLI::App* owner = nullptr;
};

Found find_option(CLI::App* app, const std::string& name) {
    for (; app != nullptr; app = app->get_parent()) {
        if (CLI::Option* option = app->get_option_no_throw(name)) return {option, app};
    }
    return {};
}

CLI::App* find_subcommand(CLI::App& app, const std::string& name) {
    for (CLI::App* sub : app.get_subcommands({})) {
        if (sub->check_name(name)) return sub;
    }
    return nullptr;
}

std::string command_path(const CLI::App* app) {
    std::string path;
    for (; app != nullptr && app->get_parent() != nullptr; app = app->get_parent()) {
        path = app->get_name() + (path.empty() ? "" : " " + path);
    }
    return path;
}

std::vector<CLI::Option*> positionals(CLI::App& app) {
    return app.get_options([](CLI::Option* o) { return !o->nonpositional(); });
}

// The long name ("--group") by which hints name an option, or a positional's name.
std::string hint_name(const CLI::Option& option) {
    if (!option.get_lnames().empty()) return "--" + option.get_lnames().front();
    return option.get_name(true);
}

struct Walker {
    explicit Walker(CLI::App& tree) : root(tree), app(&tree) {}

    CLI::App& root;
    CLI::App* app;
    std::vector<std::string> typed_positionals;
    std::vector<std::string> global_words;
    Found pending;  // an option whose value is the next word
    bool only_positionals = false;

    void take_option_word(const std::string& word, const Found& found) {
        if (found.owner == &root) global_words.push_back(word);
    }

    void step(const std::string& word) {
        if (pending.option != nullptr) {
            take_option_word(word, pending);
            pending = {};
            return;
        }
        if (!only_positionals && word == "--") {
            only_positionals = true;
            return;
        }
        if (!only_positionals && word.starts_with("--")) {
            const std::size_t eq = word.find('=');
            const Found found = find_option(app, word.substr(0, eq));
            if (found.option == nullptr) return;
            take_option_word(word, found);
            if (eq == std::string::npos && takes_value(*found.option)) pending = found;
            return;
        }
        if (!only_positionals && word.size() > 1 && word[0] == '-') {
            // -q, -vv, -bHOST, -b HOST: flags until the first option that takes a value.
            for (std::size_t i = 1; i < word.size(); ++i) {
                const Found found = find_option(app, std::string("-") + word[i]);
                if (found.option == nullptr) return;
                const bool inline_value = i + 1 < word.size();
                take_option_word(takes_value(*found.option) && inline_value
                                     ? "-" + word.substr(i)
                                     : std::string("-") + word[i],
                                 found);
                if (takes_value(*found.option)) {
                    if (!inline_value) pending = found;
                    return;
                }
            }
            return;
        }
        if (!only_positionals) {
            if (CLI::App* sub = find_subcommand(*app, word)) {
                app = sub;
                typed_positionals.clear();
                return;
            }
        }
        typed_positionals.push_back(word);
    }
};

bool matches(const std::string& word, const std::string& prefix) {
    return word.starts_with(prefix);
}

// `--set KEY=VALUE` once the '=' is typed: the words KEY takes, if it takes few; no
// names, as the key is already chosen.
void add_config_values(CompletionPlan& plan, const std::string& prefix,
                       const std::string& current) {
    const std::size_t eq = current.find('=');
    const std::string key = current.substr(0, eq);
    const std::string value = current.substr(eq + 1);
    for (std::string_view word : config_value_words(key)) {
        if (word.starts_with(value))
            plan.candidates.push_back({prefix + key + "=" + std::string(word), ""});
    }
}

void add_values(CompletionPlan& plan, const Found& found, const std::string& prefix,
                const std::string& current) {
    CLI::Option& option = *found.option;
    for (const std::string& word : option_value_words(option)) {
        if (matches(word, current)) plan.candidates.push_back({prefix + word, ""});
    }
    const std::string owner_path = command_path(found.owner);
    if (auto kind = name_kind(owner_path, hint_name(option))) {
        if (*kind == NameKind::config_setting && current.find('=') != std::string::npos) {
            add_config_values(plan, prefix, current);
            return;
        }
        plan.names = kind;
        plan.name_prefix = prefix;
        plan.current = current;
    }
    if (option.get_type_name().starts_with("FILE")) plan.files = true;
}

void add_output_formats(CompletionPlan& plan, const CLI::App& app, const std::string& prefix,
                        const std::string& current) {
    const bool consume = command_path(&app) == "consume";
    for (std::string_view format : consume ? consume_output_formats() : command_output_formats()) {
        if (matches(std::string(format), current))
            plan.candidates.push_back({prefix + std::string(format), ""});
    }
}

void add_option_values(CompletionPlan& plan, const Found& found, const CLI::App& app,
                       const std::string& prefix, const std::string& current) {
    // -o is global, but which formats apply depends on the command (one list each, in
    // output_format.hpp), not on the union its check accepts.
    if (found.owner->get_parent() == nullptr && found.option->check_lname("output")) {
        add_output_formats(plan, app, prefix, current);
        return;
    }
    add_values(plan, found, prefix, current);
}

void add_flags(CompletionPlan& plan, CLI::App* app, const std::string& current) {
    const CLI::App* command = app;
    for (; app != nullptr; app = app->get_parent()) {
        for (CLI::Option* option :
             app->get_options([](CLI::Option* o) { return o->nonpositional(); })) {
            if (is_hidden(*option)) continue;
            // Every level has its own --help; only the command's own is meant.
            if (app != command && option == app->get_help_ptr()) continue;
            for (const std::string& name : option->get_lnames()) {
                if (matches("--" + name, current))
                    plan.candidates.push_back({"--" + name, option->get_description()});
            }
            for (const std::string& name : option->get_snames()) {
                if (matches("-" + name, current))
                    plan.candidates.push_back({"-" + name, option->get_description()});
            }
        }
    }
}

void add_positional(CompletionPlan& plan, CLI::App& app, const std::vector<std::string>& typed,
                    const std::string& current) {
    std::size_t index = typed.size();
    std::size_t first_of_slot = 0;
    for (CLI::Option* option : positionals(app)) {
        const auto capacity =
            static_cast<std::size_t>(std::max(option->get_items_expected_max(), 1));
        if (index < capacity) {
            for (const std::string& word : option_value_words(*option)) {
                if (matches(word, current)) plan.candidates.push_back({word, ""});
            }
            if (auto kind = name_kind(command_path(&app), option->get_name(true))) {
                plan.names = kind;
                plan.current = current;
                plan.typed_names.assign(typed.begin() + static_cast<std::ptrdiff_t>(first_of_slot),
                                        typed.end());
            }
            return;
        }
        index -= capacity;
        first_of_slot += capacity;
    }
}

// The values typed for `app`'s first positional, all of them when it takes several.
std::vector<std::string> first_positional_values(CLI::App& app,
                                                 const std::vector<std::string>& typed) {
    const std::vector<CLI::Option*> slots = positionals(app);
    if (slots.empty()) return {};
    const auto capacity =
        static_cast<std::size_t>(std::max(slots.front()->get_items_expected_max(), 1));
    return {typed.begin(),
            typed.begin() + static_cast<std::ptrdiff_t>(std::min(capacity, typed.size()))};
}

}  // namespace

CompletionPlan plan_completion(CLI::App& root, std::span<const std::string> words) {
    CompletionPlan plan;
    Walker walker(root);
    const std::string current = words.empty() ? std::string{} : words.back();
    for (std::size_t i = 0; i + 1 < words.size(); ++i) walker.step(words[i]);
    plan.global_words = walker.global_words;
    plan.current = current;
    CLI::App& app = *walker.app;
    plan.subjects = first_positional_values(app, walker.typed_positionals);

    if (walker.pending.option != nullptr) {
        // A global option waiting for the value being typed ("--context |") must not
        // take the next word when the globals are parsed to reach the cluster.
        if (walker.pending.owner == &root && !plan.global_words.empty())
            plan.global_words.pop_back();
        add_option_values(plan, walker.pending, app, "", current);
        return plan;
    }
    if (!walker.only_positionals && current.starts_with("--") &&
        current.find('=') != std::string::npos) {
        const std::size_t eq = current.find('=');
        const Found found = find_option(&app, current.substr(0, eq));
        if (found.option != nullptr && takes_value(*found.option)) {
            add_option_values(plan, found, app, current.substr(0, eq + 1), current.substr(eq + 1));
        }
        return plan;
    }
    if (!walker.only_positionals && current.starts_with("-")) {
        add_flags(plan, &app, current);
        return plan;
    }
    if (!walker.only_positionals) {
        for (CLI::App* sub : app.get_subcommands({})) {
            if (!is_hidden(*sub) && matches(sub->get_name(), current)) {
                plan.candidates.push_back({sub->get_name(), sub->get_description()});
            }
        }
    }
    add_positional(plan, app, walker.typed_positionals, current);
    return plan;
}

}  // namespace kfk::cli
