// Runs every case of tests/bad_input/cases.txt against the real cluster: each must give
// its documented exit code, one "kfk: ..." line on stderr and nothing on stdout (batch
// commands excepted: their status rows go to stdout).

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;

namespace {

struct Case {
    int line = 0;
    int exit_code = 0;
    std::string args;
    std::string stdin_format;
};

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::vector<Case> read_cases() {
    std::ifstream in(KFK_SOURCE_DIR "/tests/bad_input/cases.txt");
    REQUIRE(in.good());
    std::vector<Case> cases;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        const auto bar1 = line.find('|');
        REQUIRE_MESSAGE(bar1 != std::string::npos, "cases.txt:" << number);
        const auto bar2 = line.find(" | ", bar1 + 1);
        Case c;
        c.line = number;
        c.exit_code = std::stoi(trim(line.substr(0, bar1)));
        c.args = trim(
            line.substr(bar1 + 1, bar2 == std::string::npos ? std::string::npos : bar2 - bar1 - 1));
        if (bar2 != std::string::npos) c.stdin_format = trim(line.substr(bar2 + 3));
        cases.push_back(c);
    }
    return cases;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos;
         pos = text.find(from, pos + to.size())) {
        text.replace(pos, from.size(), to);
    }
    return text;
}

}  // namespace

TEST_CASE("every bad input gives its documented exit code and one error line") {
    const auto created =
        kfk_on_cluster({"topic", "create", "bad-input", "-p", "2", "-r", "1", "--if-not-exists"});
    REQUIRE_MESSAGE(created.exit_code == 0, created.err);
    const auto cases = read_cases();
    CHECK(cases.size() > 50);
    for (const Case& c : cases) {
        const std::string args = replace_all(c.args, "@MISSING@", "no-such-topic-bad-input");
        CAPTURE(c.line);
        CAPTURE(args);
        ProcessOptions options;
        options.env = {
            {"KFK", KFK_BINARY}, {"B", local_cluster().bootstrap}, {"STDIN", c.stdin_format}};
        options.limit = std::chrono::seconds(30);
        const auto r = run_process(
            {"bash", "-c", "printf -- \"$STDIN\" | \"$KFK\" -b \"$B\" --timeout 10s " + args},
            options);
        CHECK(r.exit_code == c.exit_code);
        // Batch commands print a status row per topic on stdout, failed ones included.
        const bool batch = args.rfind("topic create", 0) == 0 || args.rfind("topic delete", 0) == 0;
        if (!batch) CHECK(r.out.empty());
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(r.err.rfind("kfk: ", 0) == 0);
    }
}

namespace {

std::int64_t messages_in(const std::string& topic) {
    std::int64_t total = 0;
    const nlohmann::json described = kfk_json({"topic", "describe", topic});
    for (const auto& partition : described["topics"][0]["partitions"])
        total += partition["messages"].get<std::int64_t>();
    return total;
}

}  // namespace

TEST_CASE("empty input produces nothing and says so") {
    const std::string topic = create_topic("bad-input-empty", 1, 1);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"produce", topic},
          std::vector<std::string>{"produce", topic, "--input", "json"},
          std::vector<std::string>{"produce", topic, "--skip-empty"}}) {
        ProcessOptions options;
        options.stdin_data = args.back() == "--skip-empty" ? "\n\n" : "";
        const auto r = kfk_on_cluster(args, options);
        CAPTURE(args.back());
        CHECK(r.exit_code == 0);
        CHECK(r.out.empty());
        CHECK(r.err.find("delivered 0 messages") != std::string::npos);
    }
    CHECK(messages_in(topic) == 0);
}
