#include "kfk/topic/topic_config.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

using kfk::ConfigEntry;

namespace {
ConfigEntry entry(std::string name, std::string value, std::string source, bool sensitive = false) {
    ConfigEntry e;
    e.name = std::move(name);
    if (!sensitive) e.value = std::move(value);
    e.source = std::move(source);
    e.is_default = e.source == "default";
    e.sensitive = sensitive;
    return e;
}
using Pairs = std::vector<std::pair<std::string, std::string>>;
}  // namespace

TEST_CASE("setting one key keeps every other dynamic topic config") {
    const std::vector<ConfigEntry> current{
        entry("cleanup.policy", "compact", "dynamic_topic"),
        entry("retention.ms", "1000", "dynamic_topic"),
        entry("segment.bytes", "1073741824", "default"),
        entry("log.retention.hours", "168", "static_broker"),
    };
    CHECK(kfk::merged_topic_configs(current, {{"max.message.bytes", "2000"}}, {}) ==
          Pairs{{"cleanup.policy", "compact"},
                {"max.message.bytes", "2000"},
                {"retention.ms", "1000"}});
    CHECK(kfk::merged_topic_configs(current, {{"retention.ms", "5"}}, {}) ==
          Pairs{{"cleanup.policy", "compact"}, {"retention.ms", "5"}});
    CHECK(kfk::merged_topic_configs(current, {}, {"cleanup.policy", "not.set"}) ==
          Pairs{{"retention.ms", "1000"}});
}

TEST_CASE("a sensitive dynamic config that would be lost is refused") {
    const std::vector<ConfigEntry> current{entry("secret.thing", "", "dynamic_topic", true)};
    CHECK_THROWS_AS(kfk::merged_topic_configs(current, {{"a", "b"}}, {}), kfk::Error);
    CHECK(kfk::merged_topic_configs(current, {{"secret.thing", "new"}}, {}) ==
          Pairs{{"secret.thing", "new"}});
}

TEST_CASE("config selection") {
    const std::vector<ConfigEntry> all{entry("a", "1", "dynamic_topic"), entry("b", "2", "default"),
                                       entry("c", "3", "static_broker")};
    CHECK(kfk::select_configs(all, kfk::ConfigSelection::none).empty());
    CHECK(kfk::select_configs(all, kfk::ConfigSelection::all).size() == 3);
    const auto changed = kfk::select_configs(all, kfk::ConfigSelection::changed);
    REQUIRE(changed.size() == 2);
    CHECK(changed[0].name == "a");
    CHECK(changed[1].name == "c");
}
