// kfk cluster config: each broker's configs with their sources, checked against what
// scripts/cluster configured, and no secret printed.

#include <doctest/doctest.h>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

const json* find_config(const json& broker, const std::string& name) {
    for (const json& c : broker["configs"])
        if (c["name"] == name) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("cluster config shows each broker's own node.id as a static config") {
    const json j = kfk_json({"cluster", "config"});
    REQUIRE(j["brokers"].size() == local_cluster().brokers.size());
    for (const json& b : j["brokers"]) {
        const json* node = find_config(b, "node.id");
        REQUIRE(node != nullptr);
        CHECK((*node)["value"] == std::to_string(b["broker"].get<int>()));
        CHECK((*node)["source"] == "static_broker");
        // Without --all nothing at Kafka's default.
        for (const json& c : b["configs"]) CHECK(c["source"] != "default");
    }
}

TEST_CASE("cluster config --broker --all includes defaults and hides sensitive values") {
    const int id = local_cluster().brokers.front().id;
    const json j = kfk_json({"cluster", "config", "--broker", std::to_string(id), "--all"});
    REQUIRE(j["brokers"].size() == 1);
    const json& b = j["brokers"][0];
    CHECK(b["broker"] == id);
    bool any_default = false;
    for (const json& c : b["configs"]) {
        if (c["source"] == "default") any_default = true;
        if (c["sensitive"] == true) CHECK(c["value"].is_null());
    }
    CHECK(any_default);
    const auto table =
        kfk_on_cluster({"cluster", "config", "--broker", std::to_string(id), "--all"});
    CHECK(table.exit_code == 0);
    CHECK(table.out.find(local_cluster().secure.password) == std::string::npos);
    CHECK(table.out.find("num.io.threads") != std::string::npos);

    const auto missing = kfk_on_cluster({"cluster", "config", "--broker", "99"});
    CHECK(missing.exit_code == 3);
    CHECK(missing.err.find("no such broker") != std::string::npos);
}
