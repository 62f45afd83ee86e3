// The cluster-free half of the bad-input corpus (tests/bad_input/usage.txt): each case
// runs through kfk::cli::run on string streams, with brokers that cannot answer, and
// must give its exit code, one "kfk: ..." line on stderr and nothing on stdout. A case
// that needed a cluster would time out (exit 6) and fail here.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "../../bad_input/cases.hpp"
#include "cli.hpp"

using kfk::test::BadInputCase;

namespace {

// The output of a bash snippet that reads $WORDS and $STDIN from the environment.
std::string bash_output(const std::string& script, const BadInputCase& c) {
    setenv("WORDS", c.args.c_str(), 1);
    setenv("STDIN", c.stdin_format.c_str(), 1);
    FILE* pipe = popen(("bash -c '" + script + "'").c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string out;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    REQUIRE(pclose(pipe) == 0);
    return out;
}

// The case's shell words, expanded as bash would expand them on a command line.
std::vector<std::string> words_of(const BadInputCase& c) {
    const std::string joined = bash_output(R"(eval "set -- $WORDS"; printf "%s\0" "$@")", c);
    std::vector<std::string> words;
    for (std::size_t start = 0; start < joined.size();) {
        const std::size_t end = joined.find('\0', start);
        words.push_back(joined.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

}  // namespace

TEST_CASE("every cluster-free bad input gives its exit code and one error line") {
    const auto cases = kfk::test::read_bad_input(KFK_SOURCE_DIR "/tests/bad_input/usage.txt");
    CHECK(cases.size() > 50);
    for (const BadInputCase& c : cases) {
        CAPTURE(c.line);
        CAPTURE(c.args);
        // Port 1 refuses: a case that reached for the cluster would end in exit 6.
        std::vector<std::string> args{"-b", "127.0.0.1:1", "--timeout", "2s"};
        for (std::string& word : words_of(c)) args.push_back(std::move(word));
        std::istringstream in(bash_output(R"(printf -- "$STDIN")", c));
        std::ostringstream out, err;
        kfk::cli::Streams streams{in, out, err};
        CHECK(kfk::cli::run(args, streams) == c.exit_code);
        if (!kfk::test::prints_status_rows(c.args)) CHECK(out.str().empty());
        const std::string line = err.str();
        CHECK(std::count(line.begin(), line.end(), '\n') == 1);
        CHECK(line.rfind("kfk: ", 0) == 0);
    }
}
