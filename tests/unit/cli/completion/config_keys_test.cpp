// topic config T --set/--delete: the keys of T, and the values of enumerated keys.

#include <doctest/doctest.h>

#include "completion/config_values.hpp"
#include "plan_support.hpp"

using kfk::cli::NameKind;
using kfk::test::plan;
using kfk::test::words_of;
using Words = std::set<std::string>;

TEST_CASE("completion: --set and --delete offer the config keys of the topic typed") {
    auto p = plan({"topic", "config", "orders", "--set", "ret"});
    REQUIRE(p.names.has_value());
    CHECK(*p.names == NameKind::config_setting);
    CHECK(p.subjects == std::vector<std::string>{"orders"});
    CHECK(p.current == "ret");
    p = plan({"topic", "config", "orders", "--set=ret"});
    CHECK(*p.names == NameKind::config_setting);
    CHECK(p.name_prefix == "--set=");
    p = plan({"topic", "config", "orders", "--set", "a=1", "--delete", ""});
    REQUIRE(p.names.has_value());
    CHECK(*p.names == NameKind::own_config);
    CHECK(p.subjects == std::vector<std::string>{"orders"});
    // Before the topic: nothing to describe.
    CHECK(plan({"topic", "config", "--set", ""}).subjects.empty());
}

TEST_CASE("completion: --set KEY= offers the values of a key that takes a few words") {
    CHECK(
        words_of(plan({"topic", "config", "t", "--set", "cleanup.policy="})) ==
        Words{"cleanup.policy=delete", "cleanup.policy=compact", "cleanup.policy=delete,compact"});
    CHECK(words_of(plan({"topic", "config", "t", "--set", "cleanup.policy=delete,"})) ==
          Words{"cleanup.policy=delete,compact"});
    CHECK(words_of(plan({"topic", "config", "t", "--set=message.timestamp.type=L"})) ==
          Words{"--set=message.timestamp.type=LogAppendTime"});
    CHECK(words_of(plan({"topic", "config", "t", "--set", "compression.type=z"})) ==
          Words{"compression.type=zstd"});
    // A value is typed, not a key: no live keys, and none for a free-form key.
    const auto p = plan({"topic", "config", "t", "--set", "retention.ms="});
    CHECK(p.candidates.empty());
    CHECK_FALSE(p.names.has_value());
}

TEST_CASE("completion: the enumerated config values") {
    CHECK(kfk::cli::config_value_words("message.timestamp.type").size() == 2);
    CHECK(kfk::cli::config_value_words("compression.type").size() == 6);
    CHECK(kfk::cli::config_value_words("retention.ms").empty());
}
