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
using Pairs = kfk::ConfigPairs;
const kfk::ConfigTarget topic = kfk::ConfigTarget::topic("t");
const kfk::ConfigTarget broker = kfk::ConfigTarget::broker(1);
}  // namespace

TEST_CASE("setting one key keeps every other dynamic topic config") {
    const std::vector<ConfigEntry> current{
        entry("cleanup.policy", "compact", "dynamic_topic"),
        entry("retention.ms", "1000", "dynamic_topic"),
        entry("segment.bytes", "1073741824", "default"),
        entry("log.retention.hours", "168", "static_broker"),
    };
    CHECK(kfk::merged_dynamic_configs(topic, current, {{"max.message.bytes", "2000"}}, {}) ==
          Pairs{{"cleanup.policy", "compact"},
                {"max.message.bytes", "2000"},
                {"retention.ms", "1000"}});
    CHECK(kfk::merged_dynamic_configs(topic, current, {{"retention.ms", "5"}}, {}) ==
          Pairs{{"cleanup.policy", "compact"}, {"retention.ms", "5"}});
    CHECK(kfk::merged_dynamic_configs(topic, current, {}, {"cleanup.policy", "not.set"}) ==
          Pairs{{"retention.ms", "1000"}});
}

TEST_CASE("a sensitive dynamic config that would be lost is refused") {
    const std::vector<ConfigEntry> current{entry("secret.thing", "", "dynamic_topic", true)};
    CHECK_THROWS_AS(kfk::merged_dynamic_configs(topic, current, {{"a", "b"}}, {}), kfk::Error);
    // Set again (or deleted) in the same change, nothing is lost.
    CHECK(kfk::merged_dynamic_configs(topic, current, {{"secret.thing", "new"}}, {}) ==
          Pairs{{"secret.thing", "new"}});
    CHECK(kfk::merged_dynamic_configs(topic, current, {}, {"secret.thing"}).empty());
}

TEST_CASE("a broker keeps its own dynamic configs, not the cluster default or static ones") {
    const std::vector<ConfigEntry> current{
        entry("log.cleaner.backoff.ms", "20000", "dynamic_broker"),
        entry("message.max.bytes", "2000000", "dynamic_broker"),
        entry("log.cleaner.threads", "2", "dynamic_default_broker"),
        entry("node.id", "1", "static_broker"),
        entry("retention.ms", "5", "dynamic_topic"),
    };
    CHECK(kfk::merged_dynamic_configs(
              broker, current, {{"log.cleaner.io.max.bytes.per.second", "1e9"}},
              {"message.max.bytes"}) == Pairs{{"log.cleaner.backoff.ms", "20000"},
                                              {"log.cleaner.io.max.bytes.per.second", "1e9"}});
}

TEST_CASE("the refusal names every sensitive key of the broker and how else to do it") {
    const std::vector<ConfigEntry> current{
        entry("listener.name.a.ssl.key.password", "", "dynamic_broker", true),
        entry("listener.name.b.ssl.key.password", "", "dynamic_broker", true),
        entry("message.max.bytes", "2000000", "dynamic_broker"),
        entry("ssl.keystore.password", "", "static_broker", true),  // not written: not lost
    };
    try {
        kfk::merged_dynamic_configs(broker, current, {{"message.max.bytes", "3000000"}}, {});
        FAIL("no error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        CHECK(e.line() ==
              "kfk: alter configs of broker 1: the broker never returns the value of the "
              "sensitive dynamic configs listener.name.a.ssl.key.password, "
              "listener.name.b.ssl.key.password, and AlterConfigs (librdkafka 2.0.2 has no "
              "incremental one) replaces the whole set, so the write would wipe them; nothing "
              "was changed (kafka-configs.sh --alter changes single keys incrementally; or --set "
              "them again in this command)");
    }
    // A static sensitive value is not the broker's dynamic set: no refusal.
    CHECK(kfk::merged_dynamic_configs(broker, {current[2], current[3]}, {}, {"message.max.bytes"})
              .empty());
}

TEST_CASE("a target's own configs are compared by value, sensitive ones by name") {
    const std::vector<ConfigEntry> seen{
        entry("message.max.bytes", "2000000", "dynamic_broker"),
        entry("listener.name.a.ssl.key.password", "", "dynamic_broker", true),
        entry("log.cleaner.threads", "2", "dynamic_default_broker"),
    };
    CHECK(kfk::own_configs_are(
        seen, broker,
        Pairs{{"listener.name.a.ssl.key.password", "x"}, {"message.max.bytes", "2000000"}}));
    CHECK_FALSE(kfk::own_configs_are(
        seen, broker,
        Pairs{{"listener.name.a.ssl.key.password", "x"}, {"message.max.bytes", "1"}}));
    CHECK_FALSE(kfk::own_configs_are(seen, broker, Pairs{{"message.max.bytes", "2000000"}}));
    CHECK(kfk::own_configs_are(seen, topic, Pairs{}));
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
