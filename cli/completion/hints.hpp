#pragma once
// What shell completion knows beyond the shape of the CLI11 tree: which arguments name
// live things (topics, groups, contexts, registry subjects), and the fixed words of options whose
// values are otherwise free-form (--from beginning|end|stored|N|...). Enumerated values of options
// with an IsMember check need nothing here: completion reads them from the check.

#include <CLI/CLI.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kfk::cli {

enum class NameKind {
    topic,
    group,
    context,
    subject,  // a Schema Registry subject (unrelated to the command subject below)
    // The kinds below belong to the command's first positional as typed, its subject
    // (the T of `topic config T`, the G of `group lag G`):
    config_setting,  // the topic's settable config keys, offered as "KEY=", then the value
    own_config,      // the config keys set on the topic itself: all --delete can remove
    group_topic,     // the topics the groups committed offsets for; all topics without any
};

// One argument that takes names from the cluster or the config file. `command` is the
// path below kfk ("topic describe"; "" for the global options); `argument` is a
// positional's name ("topics") or an option's long name ("--group").
struct NameSlot {
    std::string_view command;
    std::string_view argument;
    NameKind kind;
};

// Every such argument, in one list (a unit test checks each is in the live tree).
std::span<const NameSlot> name_slots();

std::optional<NameKind> name_kind(std::string_view command, std::string_view argument);

// A check that accepts every value and carries words worth completing; invisible in
// --help. Attach with ->check(suggest({...})).
CLI::Validator suggest(std::vector<std::string> words);

// The words an option's value may complete to: its IsMember sets and suggest() words.
std::vector<std::string> option_value_words(CLI::Option& option);

}  // namespace kfk::cli
