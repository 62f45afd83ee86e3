// topic/cluster config --set/--delete as a whole: repeats dropped, contradictions
// refused, and the status row that reports the change.

#include "kfk/topic/config_change.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "cli.hpp"
#include "kfk/error.hpp"

using kfk::ConfigEntry;
using kfk::Property;

TEST_CASE("repeated --set and --delete of the same thing are one change") {
    const auto change = kfk::checked_config_change(
        {{"retention.ms", "5"}, {"retention.ms", "5"}, {"segment.ms", "9"}}, {"a", "a"},
        "topic config");
    CHECK(change.set == std::vector<Property>{{"retention.ms", "5"}, {"segment.ms", "9"}});
    CHECK(change.remove == std::vector<std::string>{"a"});
}

TEST_CASE("a key both set and deleted, or set to two values, is a usage error") {
    try {
        kfk::checked_config_change({{"retention.ms", "5"}}, {"retention.ms"}, "topic config");
        FAIL("no error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        CHECK(e.line() ==
              "kfk: topic config: --set and --delete of the same key retention.ms (nothing was "
              "changed; use one of them)");
    }
    CHECK_THROWS_AS(kfk::checked_config_change({{"retention.ms", "5"}, {"retention.ms", "6"}}, {},
                                               "cluster config"),
                    kfk::Error);
}

TEST_CASE("keys not set on the topic or broker itself are found") {
    const std::vector<ConfigEntry> entries{
        {"retention.ms", "5", "dynamic_topic", false, false, false},
        {"segment.ms", "604800000", "default", true, false, false},
    };
    CHECK(kfk::keys_not_set(entries, kfk::ConfigTarget::topic("t"),
                            {"retention.ms", "segment.ms", "nope"}) ==
          std::vector<std::string>{"segment.ms", "nope"});
    // A broker's own keys are dynamic_broker; the cluster-wide default is not its own.
    const std::vector<ConfigEntry> broker{
        {"message.max.bytes", "2000000", "dynamic_broker", false, false, false},
        {"log.cleaner.backoff.ms", "20000", "dynamic_default_broker", false, false, false},
    };
    CHECK(kfk::keys_not_set(broker, kfk::ConfigTarget::broker(1),
                            {"message.max.bytes", "log.cleaner.backoff.ms"}) ==
          std::vector<std::string>{"log.cleaner.backoff.ms"});
}

TEST_CASE("the status row says what changed and what was not set") {
    const kfk::ConfigChange change{{{"retention.ms", "5"}}, {"cleanup.policy", "segment.ms"}};
    const kfk::ItemResult altered =
        kfk::config_change_result("orders", change, {"segment.ms"}, false);
    CHECK(altered.name == "orders");
    CHECK(altered.status == "altered");
    CHECK(altered.code == kfk::ExitCode::ok);
    CHECK(altered.message ==
          "set retention.ms=5, deleted cleanup.policy, segment.ms was not set (nothing to delete)");
    CHECK(kfk::config_change_result("orders", change, {}, true).status == "would alter");

    const kfk::ConfigChange only_unset{{}, {"segment.ms"}};
    const kfk::ItemResult unchanged =
        kfk::config_change_result("broker 1", only_unset, {"segment.ms"}, false);
    CHECK(unchanged.status == "unchanged");
    CHECK(unchanged.message == "segment.ms was not set (nothing to delete)");
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
