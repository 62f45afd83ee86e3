// Number options: one plain line naming the flag, the rule and what was given.

#include <doctest/doctest.h>

#include <sstream>

#include "cli.hpp"

namespace {

std::string usage_error(std::vector<std::string> args) {
    std::istringstream in;
    std::ostringstream out, err;
    kfk::cli::Streams streams{in, out, err};
    const int code = kfk::cli::run(std::move(args), streams);
    CHECK(code == 2);
    return err.str();
}

}  // namespace

TEST_CASE("a count below its minimum or not a number says the rule and the value") {
    CHECK(usage_error({"topic", "create", "t", "-p", "0"}) ==
          "kfk: topic create: --partitions must be a whole number of at least 1 (got '0') "
          "(see 'kfk topic create --help')\n");
    CHECK(usage_error({"topic", "create", "t", "-p", "abc"}) ==
          "kfk: topic create: --partitions must be a whole number of at least 1 (got 'abc') "
          "(see 'kfk topic create --help')\n");
    CHECK(usage_error({"topic", "create", "t", "-r", "1.5"})
              .find("--replication-factor must be a whole number of at least 1 (got '1.5')") !=
          std::string::npos);
    CHECK(usage_error({"topic", "create", "t", "-p", "99999999999"})
              .find("--partitions must be a whole number of at most 2147483647 (got "
                    "'99999999999')") != std::string::npos);
    CHECK(
        usage_error({"group", "list", "--lag-above", "x"})
            .find(
                "--lag-above: 'x' is neither a message count nor a duration (e.g. 10000 or 5m)") !=
        std::string::npos);
    CHECK(usage_error({"consume", "t", "-n", "0"})
              .find("--count must be a whole number of at least 1 (got '0')") != std::string::npos);
    CHECK(usage_error({"consume", "t", "-p", "-1"})
              .find("--partition must be a whole number of at least 0 (got '-1')") !=
          std::string::npos);
    CHECK(usage_error({"produce", "t", "--rate", "0"})
              .find("--rate must be a number above 0 (got '0')") != std::string::npos);
    CHECK(usage_error({"partitions", "add", "t", "--total", "x"})
              .find("--total must be a whole number of at least 1 (got 'x')") != std::string::npos);
    CHECK(usage_error({"partitions", "list", "t", "--broker", "one"})
              .find("--broker must be a whole number of at least 0 (got 'one')") !=
          std::string::npos);
}

TEST_CASE("the admin and wait commands' numbers follow the same rule") {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"cluster", "config", "--broker", "x"},
         "--broker must be a whole number of at least 0 (got 'x')"},
        {{"cluster", "wait", "--brokers", "0"},
         "--brokers must be a whole number of at least 1 (got '0')"},
        {{"topic", "trim", "t", "--before", "5", "-p", "-1"},
         "--partition must be a whole number of at least 0 (got '-1')"},
        {{"topic", "wait", "t", "--messages", "lots"},
         "--messages must be a whole number of at least 0 (got 'lots')"},
        {{"group", "wait", "g", "--lag-below", "0"},
         "--lag-below must be a whole number of at least 1 (got '0')"},
        {{"offsets", "t", "-p", "1.5"},
         "--partition must be a whole number of at least 0 (got '1.5')"},
    };
    for (const auto& [args, expected] : cases) {
        CAPTURE(expected);
        CHECK(usage_error(args).find(expected) != std::string::npos);
    }
}
