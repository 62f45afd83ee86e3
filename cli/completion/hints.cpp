#include "completion/hints.hpp"

namespace kfk::cli {

namespace {

constexpr std::string_view suggest_prefix = "kfk-suggest:";

// Every (command, argument) whose value is a live name; the size follows the list.
constexpr NameSlot slots[] = {
    {"topic groups", "topic", NameKind::topic},
    {"group offsets", "group", NameKind::group},
    {"group offsets", "--topic", NameKind::group_topic},
    {"group delete-offsets", "group", NameKind::group},
    {"group delete-offsets", "--topic", NameKind::group_topic},
    {"topic trim", "topic", NameKind::topic},
    {"acl list", "--topic", NameKind::topic},
    {"acl list", "--group", NameKind::group},
    {"acl create", "--topic", NameKind::topic},
    {"acl create", "--group", NameKind::group},
    {"acl delete", "--topic", NameKind::topic},
    {"acl delete", "--group", NameKind::group},
    {"", "--context", NameKind::context},
    {"config show", "name", NameKind::context},
    {"config use", "name", NameKind::context},
    {"topic describe", "topics", NameKind::topic},
    {"topic delete", "topics", NameKind::topic},
    {"topic config", "topic", NameKind::topic},
    {"topic config", "--set", NameKind::config_setting},
    {"topic config", "--delete", NameKind::own_config},
    {"partitions list", "topics", NameKind::topic},
    {"partitions add", "topic", NameKind::topic},
    {"partitions key", "topic", NameKind::topic},
    {"produce", "topic", NameKind::topic},
    {"consume", "topics", NameKind::topic},
    {"consume", "--group", NameKind::group},
    {"group describe", "groups", NameKind::group},
    {"group lag", "groups", NameKind::group},
    {"group lag", "--topic", NameKind::group_topic},
    {"group delete", "groups", NameKind::group},
    {"group reset", "group", NameKind::group},
    {"group reset", "--topic", NameKind::group_topic},
    {"top", "topics", NameKind::topic},
    {"top", "--group", NameKind::group},
    {"offsets", "topics", NameKind::topic},
    {"group wait", "group", NameKind::group},
    {"group wait", "--topic", NameKind::group_topic},
    {"topic wait", "topics", NameKind::topic},
    {"schema show", "subject", NameKind::subject},
    {"schema register", "subject", NameKind::subject},
    {"schema compat", "subject", NameKind::subject},
    {"schema delete", "subject", NameKind::subject},
    {"produce", "--subject", NameKind::subject},
};

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(separator, start);
        out.emplace_back(text.substr(start, end - start));
        if (end == std::string_view::npos) return out;
        start = end + 1;
    }
}

}  // namespace

std::span<const NameSlot> name_slots() { return slots; }

std::optional<NameKind> name_kind(std::string_view command, std::string_view argument) {
    for (const NameSlot& slot : slots) {
        if (slot.command == command && slot.argument == argument) return slot.kind;
    }
    return std::nullopt;
}

CLI::Validator suggest(std::vector<std::string> words) {
    std::string name(suggest_prefix);
    for (std::size_t i = 0; i < words.size(); ++i) name += (i ? "," : "") + words[i];
    // The words travel in the validator's name: CLI11 keeps validators with the option,
    // so the live tree carries them, and an empty description keeps --help unchanged.
    return CLI::Validator([](std::string&) { return std::string{}; }, "", name);
}

std::vector<std::string> option_value_words(CLI::Option& option) {
    std::vector<std::string> words;
    for (int i = 0;; ++i) {
        const CLI::Validator* check = nullptr;
        try {
            check = option.get_validator(i);
        } catch (const CLI::OptionNotFound&) {
            break;
        }
        const std::string& name = check->get_name();
        // IsMember describes itself as "{a,b,c}", as --help shows it.
        const std::string description = check->get_description();
        std::string_view list;
        if (name.starts_with(suggest_prefix)) {
            list = std::string_view(name).substr(suggest_prefix.size());
        } else if (description.size() >= 2 && description.front() == '{' &&
                   description.back() == '}') {
            list = std::string_view(description).substr(1, description.size() - 2);
        }
        if (list.empty()) continue;
        for (std::string& word : split(list, ',')) words.push_back(std::move(word));
    }
    return words;
}

}  // namespace kfk::cli
