#pragma once
// The command tree and the one place where errors become exit codes.

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "global_options.hpp"
#include "kfk/error.hpp"
#include "run.hpp"
#include "streams.hpp"

namespace kfk::cli {

// What a parsed command line will do, given the streams.
using Runner = std::function<ExitCode(Streams&)>;

struct Cli {
    CLI::App app{"kfk: a fast, scriptable command-line tool for Apache Kafka", "kfk"};
    GlobalOptions globals;
    Runner run;  // set by the callback of the subcommand that was parsed

    // Owns each command's options struct, so that it outlives parsing and the run
    // callback that reads it.
    template <class Options>
    Options& own() {
        auto options = std::make_shared<Options>();
        owned_.push_back(options);
        return *options;
    }

private:
    std::vector<std::shared_ptr<void>> owned_;
};

// The command tree. With `words` (a command line), only the top-level commands named
// among them: enough to parse a line that is right, not to word help or a usage error
// (which need every command). Without, all of it.
std::unique_ptr<Cli> make_cli(const std::vector<std::string>* words = nullptr);

// Parses `args` (without the program name) into `cli`; throws CLI::ParseError.
void parse(Cli& cli, std::vector<std::string> args);

}  // namespace kfk::cli
