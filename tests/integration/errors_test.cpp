// Exit codes and stderr lines of the real binary on failure paths.

#include <doctest/doctest.h>

#include <algorithm>

#include "support/process.hpp"
#include "support/timing.hpp"

using kfk::test::faster_than;
using kfk::test::run_kfk;
using kfk::test::within_deadline;
using namespace std::chrono_literals;

namespace {
int lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }
}  // namespace

TEST_CASE("an unreachable cluster exits 6 within --timeout, with one stderr line") {
    const auto r = run_kfk({"cluster", "describe", "-b", "127.0.0.1:1", "--timeout", "2s"});
    CHECK(r.exit_code == 6);
    CHECK(r.out.empty());
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find("no broker reachable at 127.0.0.1:1 within 2s") != std::string::npos);
    // The deadline kfk decided on is in its message (above); the clock, less kfk's own
    // start-up, must agree: --timeout plus 10 % (support/timing.hpp).
    const auto timing = within_deadline(r, 2s);
    CHECK_MESSAGE(timing.ok, timing.detail);
}

TEST_CASE("an unreachable cluster is the same line for every command") {
    const std::string expected =
        "kfk: no broker reachable at 127.0.0.1:1 within 1s (is the cluster up? set "
        "-b/--brokers or KFK_BROKERS)\n";
    for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{
             {"cluster", "describe"},
             {"topic", "list"},
             {"topic", "create", "ux14-unreachable"},
             {"group", "list"},
             {"group", "describe", "ux14-unreachable"},
             {"group", "lag", "ux14-unreachable"},
             {"group", "offsets", "ux14-unreachable"},
             {"group", "delete", "ux14-unreachable"},
         }) {
        CAPTURE(command);
        std::vector<std::string> args{"-b", "127.0.0.1:1", "--timeout", "1s"};
        args.insert(args.end(), command.begin(), command.end());
        const auto r = run_kfk(args);
        CHECK(r.exit_code == 6);
        CHECK(r.err == expected);
    }
}

TEST_CASE("a bad flag exits 2 with one stderr line naming it") {
    const auto r = run_kfk({"cluster", "describe", "--no-such-flag"});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find("--no-such-flag") != std::string::npos);
}

TEST_CASE("an unknown librdkafka property exits 2 naming it, before any network") {
    // Had kfk tried the unreachable cluster it would exit 6 after the 30 s --timeout.
    const auto r = run_kfk(
        {"cluster", "describe", "-b", "127.0.0.1:1", "--timeout", "30s", "-X", "bogus.prop=1"});
    CHECK(r.exit_code == 2);
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find("bogus.prop") != std::string::npos);
    const auto timing = faster_than(r, 1000ms);
    CHECK_MESSAGE(timing.ok, timing.detail);
}

TEST_CASE("kfk version and --version need no cluster") {
    const auto a = run_kfk({"version"});
    CHECK(a.exit_code == 0);
    CHECK(a.out.find("librdkafka") != std::string::npos);
    const auto b = run_kfk({"--version"});
    CHECK(b.exit_code == 0);
    CHECK(b.out.rfind("kfk ", 0) == 0);
}
