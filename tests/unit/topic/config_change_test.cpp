// topic config --set/--delete as a whole: repeats dropped, contradictions refused.

#include "kfk/topic/config_change.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "cli.hpp"
#include "kfk/error.hpp"

using kfk::ConfigEntry;
using kfk::Property;

TEST_CASE("repeated --set and --delete of the same thing are one change") {
    const auto change = kfk::checked_config_change(
        {{"retention.ms", "5"}, {"retention.ms", "5"}, {"segment.ms", "9"}}, {"a", "a"});
    CHECK(change.set == std::vector<Property>{{"retention.ms", "5"}, {"segment.ms", "9"}});
    CHECK(change.remove == std::vector<std::string>{"a"});
}

TEST_CASE("a key both set and deleted, or set to two values, is a usage error") {
    try {
        kfk::checked_config_change({{"retention.ms", "5"}}, {"retention.ms"});
        FAIL("no error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        CHECK(e.line() ==
              "kfk: topic config: --set and --delete of the same key retention.ms (nothing was "
              "changed; use one of them)");
    }
    CHECK_THROWS_AS(kfk::checked_config_change({{"retention.ms", "5"}, {"retention.ms", "6"}}, {}),
                    kfk::Error);
}

TEST_CASE("keys not set on the topic itself are found") {
    const std::vector<ConfigEntry> entries{
        {"retention.ms", "5", "dynamic_topic", false, false, false},
        {"segment.ms", "604800000", "default", true, false, false},
    };
    CHECK(kfk::keys_not_set(entries, {"retention.ms", "segment.ms", "nope"}) ==
          std::vector<std::string>{"segment.ms", "nope"});
}

TEST_CASE("topic config refuses a contradiction before it connects") {
    std::istringstream in;
    std::ostringstream out, err;
    kfk::cli::Streams streams{in, out, err};
    // An unreachable broker: the refusal must come first, with nothing attempted.
    const int code = kfk::cli::run({"-b", "127.0.0.1:1", "--timeout", "100ms", "topic", "config",
                                    "t", "--set", "retention.ms=5", "--delete", "retention.ms"},
                                   streams);
    CHECK(code == 2);
    CHECK(out.str().empty());
    CHECK(err.str().find("--set and --delete of the same key retention.ms") != std::string::npos);
}
