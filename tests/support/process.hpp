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
};

struct ProcessResult {
    int exit_code = -1;  // 128 + N when killed by signal N
    std::string out;
    std::string err;
    std::chrono::milliseconds elapsed{0};
    bool killed_at_limit = false;
};

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// Runs build/kfk with `args`.
ProcessResult run_kfk(const std::vector<std::string>& args, const ProcessOptions& options = {});

}  // namespace kfk::test
