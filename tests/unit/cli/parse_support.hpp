#pragma once
// Parse tests (argv -> options, no cluster): parse a command line into a fresh command
// tree without running it, then read what CLI11 holds for each option of the verb.

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "cli.hpp"

namespace kfk::test {

using Words = std::vector<std::string>;

// The tree after parsing `args`; throws CLI::ParseError as kfk::cli::parse does.
inline std::unique_ptr<cli::Cli> parsed(const std::vector<std::string>& args) {
    auto tree = cli::make_cli();
    cli::parse(*tree, args);
    return tree;
}

// The verb at `path` (e.g. {"topic", "describe"}) of a parsed tree.
inline CLI::App* verb(cli::Cli& tree, const std::vector<std::string>& path) {
    CLI::App* app = &tree.app;
    for (const std::string& name : path) app = app->get_subcommand(name);
    return app;
}

// What option `name` of the verb at `path` holds once `args` are parsed; the verb's
// callback must have chosen it to run.
template <class T>
T option_of(const std::vector<std::string>& args, const std::vector<std::string>& path,
            const std::string& name) {
    auto tree = parsed(args);
    CHECK(static_cast<bool>(tree->run));
    return verb(*tree, path)->get_option(name)->template as<T>();
}

// True when parsing `args` is a usage error (exit 2 before anything runs).
inline bool refused(const std::vector<std::string>& args) {
    try {
        parsed(args);
        return false;
    } catch (const CLI::ParseError&) {
        return true;
    }
}

}  // namespace kfk::test
