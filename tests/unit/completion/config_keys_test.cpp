// The config keys completion offers, from a topic's DescribeConfigs entries.

#include "kfk/completion/config_keys.hpp"

#include <doctest/doctest.h>

using kfk::ConfigEntry;
using Strings = std::vector<std::string>;

namespace {

ConfigEntry entry(std::string name, std::string source, bool read_only = false) {
    ConfigEntry e;
    e.name = std::move(name);
    e.value = "1";
    e.source = std::move(source);
    e.read_only = read_only;
    return e;
}

const std::vector<ConfigEntry> entries = {
    entry("segment.ms", "default"),
    entry("retention.ms", "dynamic_topic"),
    entry("cleanup.policy", "static_broker"),
    entry("some.read.only", "default", true),
    entry("compression.type", "dynamic_topic"),
};

}  // namespace

TEST_CASE("completion: --set offers every key but read-only ones, sorted") {
    CHECK(kfk::settable_config_keys(entries) ==
          Strings{"cleanup.policy", "compression.type", "retention.ms", "segment.ms"});
}

TEST_CASE("completion: --delete offers only the keys the topic sets itself") {
    CHECK(kfk::own_config_keys(entries, "orders") == Strings{"compression.type", "retention.ms"});
    CHECK(kfk::own_config_keys({entry("segment.ms", "default")}, "orders").empty());
}
