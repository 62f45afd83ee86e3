#pragma once
// Completion planning tests (no cluster): what kfk __complete would plan for the words
// typed, on one live command tree shared by the tests.

#include <set>
#include <string>
#include <vector>

#include "cli.hpp"
#include "completion/walk.hpp"

namespace kfk::test {

// `words` as after the program name, the last one being completed.
inline cli::CompletionPlan plan(std::vector<std::string> words) {
    static auto tree = cli::make_cli();
    return cli::plan_completion(tree->app, words);
}

// The candidates' words, order ignored.
inline std::set<std::string> words_of(const cli::CompletionPlan& p) {
    std::set<std::string> out;
    for (const auto& c : p.candidates) out.insert(c.word);
    return out;
}

}  // namespace kfk::test
