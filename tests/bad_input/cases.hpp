#pragma once
// Reads a bad-input corpus (tests/bad_input/*.txt): one case a line,
// EXIT | ARGUMENTS | STDIN. usage.txt holds the cases that need no cluster (run as
// unit tests on string streams), cases.txt those that do (run against the cluster).

#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace kfk::test {

struct BadInputCase {
    int line = 0;
    int exit_code = 0;
    std::string args;          // shell words
    std::string stdin_format;  // a printf format
};

inline std::string trim_blanks(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

inline std::vector<BadInputCase> read_bad_input(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<BadInputCase> cases;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (trim_blanks(line).empty() || trim_blanks(line)[0] == '#') continue;
        const auto bar1 = line.find('|');
        if (bar1 == std::string::npos)
            throw std::runtime_error(path + ":" + std::to_string(number) + ": no '|'");
        const auto bar2 = line.find(" | ", bar1 + 1);
        BadInputCase c;
        c.line = number;
        c.exit_code = std::stoi(trim_blanks(line.substr(0, bar1)));
        c.args = trim_blanks(
            line.substr(bar1 + 1, bar2 == std::string::npos ? std::string::npos : bar2 - bar1 - 1));
        if (bar2 != std::string::npos) c.stdin_format = trim_blanks(line.substr(bar2 + 3));
        cases.push_back(c);
    }
    return cases;
}

// Batch commands print a status row per topic on stdout, failed ones included.
inline bool prints_status_rows(const std::string& args) {
    return args.rfind("topic create", 0) == 0 || args.rfind("topic delete", 0) == 0;
}

}  // namespace kfk::test
