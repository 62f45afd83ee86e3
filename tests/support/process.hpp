#pragma once
// Runs a program the way a shell would, with given stdin, capturing stdout, stderr,
// the exit code and the wall time. A hard limit kills a hung child so that a test fails
// instead of hanging.

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kfk::test {

struct ProcessOptions {
    std::string stdin_data;
    // Variables to set (a value) or remove (nullopt) in the child's environment.
    std::vector<std::pair<std::string, std::optional<std::string>>> env;
    std::chrono::milliseconds limit{std::chrono::seconds(120)};
    // Keeps stdin open (a pipe with a writer) after stdin_data is written, until the
    // child exits: for a command that must be interrupted rather than reach the end of
    // its input.
    bool keep_stdin_open = false;
    // When not 0: sends this signal to the child once stdin_data is written and its
    // stderr contains `signal_after_err` (at once when that is empty). Sent once.
    int signal = 0;
    std::string signal_after_err;
    // When set, the child's stdout is this file (e.g. /dev/full) instead of a pipe.
    std::string stdout_path;
};

struct ProcessResult {
    int exit_code = -1;  // 128 + N when killed by signal N
    std::string out;
    std::string err;
    std::chrono::milliseconds elapsed{0};
    bool killed_at_limit = false;
    bool signal_sent = false;  // ProcessOptions::signal was sent
};

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// Runs build/kfk with `args`.
ProcessResult run_kfk(const std::vector<std::string>& args, const ProcessOptions& options = {});

}  // namespace kfk::test
