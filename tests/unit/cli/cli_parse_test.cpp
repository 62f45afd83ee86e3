// argv -> options, and whole commands on string streams (no network).

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <sstream>

#include "cli.hpp"
#include "kfk/error.hpp"
#include "run_support.hpp"
#include "support/env_guard.hpp"

namespace {

// No config file and no KFK_* variable of the environment the tests happen to run in,
// for the test's scope only.
struct NoUserSettings {
    kfk::test::EnvGuard config_home{"XDG_CONFIG_HOME", "/nonexistent-kfk-test"};
    kfk::test::EnvGuard brokers{"KFK_BROKERS", std::nullopt};
    kfk::test::EnvGuard context{"KFK_CONTEXT", std::nullopt};
    kfk::test::EnvGuard config{"KFK_CONFIG", std::nullopt};
};

using kfk::test::Captured;
using kfk::test::run;

int count_lines(const std::string& text) {
    return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("global options may stand before or after the command") {
    for (const auto& args :
         {std::vector<std::string>{"-b", "h:1", "-o", "json", "cluster", "describe"},
          std::vector<std::string>{"cluster", "describe", "-b", "h:1", "-o", "json"}}) {
        auto cli = kfk::cli::make_cli();
        kfk::cli::parse(*cli, args);
        CHECK(cli->globals.brokers == "h:1");
        CHECK(cli->globals.output == "json");
        CHECK(static_cast<bool>(cli->run));
    }
}

TEST_CASE("-X repeats, -v counts, --timeout and the flags land in the options") {
    const NoUserSettings clean;
    auto cli = kfk::cli::make_cli();
    kfk::cli::parse(*cli, {"cluster", "describe", "-X", "a=1", "-X", "b=2=3", "-vv", "--timeout",
                           "2s", "-q", "--no-color", "--no-headers"});
    const kfk::cli::GlobalOptions& g = cli->globals;
    CHECK(g.properties == std::vector<std::string>{"a=1", "b=2=3"});
    CHECK(g.verbosity == 2);
    CHECK(g.quiet);
    CHECK(g.no_color);
    CHECK(g.no_headers);
    std::istringstream in;
    std::ostringstream out, err;
    kfk::cli::Streams streams{in, out, err};
    const kfk::ClientConfig config = kfk::cli::client_config(g, streams);
    CHECK(config.timeout == std::chrono::seconds(2));
    CHECK(config.properties.size() == 2);
    CHECK(config.properties[1] == kfk::Property{"b", "2=3"});
    CHECK(config.brokers == "localhost:9092");
}

namespace {
std::string resolved_brokers(const kfk::cli::GlobalOptions& g) {
    std::istringstream in;
    std::ostringstream out, err;
    kfk::cli::Streams streams{in, out, err};
    return kfk::cli::client_config(g, streams).brokers;
}
}  // namespace

TEST_CASE("brokers: the flag beats KFK_BROKERS, which beats the default") {
    const NoUserSettings clean;
    clean.brokers.set("env:9092");
    {
        auto cli = kfk::cli::make_cli();
        kfk::cli::parse(*cli, {"cluster", "describe"});
        CHECK(resolved_brokers(cli->globals) == "env:9092");
    }
    {
        auto cli = kfk::cli::make_cli();
        kfk::cli::parse(*cli, {"cluster", "describe", "-b", "flag:9092"});
        CHECK(resolved_brokers(cli->globals) == "flag:9092");
    }
    clean.brokers.set(std::nullopt);
    auto cli = kfk::cli::make_cli();
    kfk::cli::parse(*cli, {"cluster", "describe"});
    CHECK(resolved_brokers(cli->globals) == "localhost:9092");
}

TEST_CASE("usage errors exit 2 with one line on stderr and nothing on stdout") {
    const std::vector<std::vector<std::string>> cases{
        {},
        {"cluster"},
        {"nosuchcommand"},
        {"cluster", "describe", "--bogus"},
        {"cluster", "describe", "-o", "xml"},
        {"cluster", "describe", "-o", "jsonl"},
        {"cluster", "describe", "--timeout", "soon"},
        {"cluster", "describe", "-X", "novalue"},
        {"cluster", "describe", "-X", "no.such.property=1"},
    };
    for (const auto& args : cases) {
        CAPTURE(args.size() > 0 ? args.back() : std::string("(none)"));
        const Captured c = run(args);
        CHECK(c.code == 2);
        CHECK(c.out.empty());
        CHECK(count_lines(c.err) == 1);
        CHECK(c.err.rfind("kfk: ", 0) == 0);
    }
}

TEST_CASE("the usage error names the command and where to get help") {
    const Captured c = run({"cluster", "describe", "--bogus"});
    CHECK(c.err ==
          "kfk: cluster describe: unknown flag '--bogus' (see 'kfk cluster describe --help')\n");
}

TEST_CASE("a librdkafka property error names the property") {
    const Captured c = run({"cluster", "describe", "-X", "no.such.property=1"});
    CHECK(c.err.find("no.such.property") != std::string::npos);
}

TEST_CASE("--help and --version go to stdout and exit 0") {
    const Captured help = run({"--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("cluster") != std::string::npos);
    CHECK(help.err.empty());

    const Captured version = run({"--version"});
    CHECK(version.code == 0);
    CHECK(version.out.rfind("kfk 0.", 0) == 0);
    CHECK(version.out.find("librdkafka 2.") != std::string::npos);
}

TEST_CASE("kfk version -o json") {
    const Captured c = run({"version", "-o", "json"});
    CHECK(c.code == 0);
    CHECK(c.out.find("\"librdkafka\": \"2.") != std::string::npos);
}
