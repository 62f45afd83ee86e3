#pragma once
// The heart of `kfk __complete`: walks the typed words through the live CLI11 tree and
// decides what the last word may become. Pure: no cluster, no files, no output, so that
// unit tests cover every case the shells rely on.

#include <CLI/CLI.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "completion/hints.hpp"

namespace kfk::cli {

struct Candidate {
    std::string word;
    std::string description;
    bool operator==(const Candidate&) const = default;
};

struct CompletionPlan {
    std::vector<Candidate> candidates;     // commands, flags or values, matching the word
    std::optional<NameKind> names;         // also complete these live names...
    std::string name_prefix;               // ...each after this ("--group=" in --group=...)
    std::string current;                   // ...matching this word
    std::vector<std::string> typed_names;  // names already given to the same argument
    // The command's first positional as typed (the topic of `topic config T`, the groups
    // of `group lag G...`): the names of some kinds belong to it.
    std::vector<std::string> subjects;
    bool files = false;  // the shell should complete file names too
    // The global options typed so far with their values (-b, -X, --context, ...), to
    // reach the cluster the command line names.
    std::vector<std::string> global_words;
};

// `words`: everything after the program name; the last is the word being completed
// (empty when the cursor stands after a space).
CompletionPlan plan_completion(CLI::App& root, std::span<const std::string> words);

}  // namespace kfk::cli
