// With one broker stopped: offline replicas, health filters, cluster describe's
// offline broker; then the broker returns and the ISR heals.

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

const std::string cluster_script = KFK_SOURCE_DIR "/scripts/cluster";

// Restarts the stopped node however the test ends, so later tests see 3 brokers.
struct NodeStopped {
    int node;
    explicit NodeStopped(int n) : node(n) {
        const auto r = run_process({cluster_script, "stop", std::to_string(node)});
        REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    }
    ~NodeStopped() { run_process({cluster_script, "start", std::to_string(node)}); }
};

// Polls `describe --under-replicated` until it lists `expected` partitions of `topic`.
bool under_replicated_becomes(const std::string& topic, std::size_t expected) {
    const auto until = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < until) {
        const json shown = kfk_json({"topic", "describe", topic, "--under-replicated"});
        const std::size_t count =
            shown["topics"].empty() ? 0 : shown["topics"][0]["partitions"].size();
        if (count == expected) return true;
        std::this_thread::sleep_for(250ms);
    }
    return false;
}

}  // namespace

TEST_CASE(
    "a stopped broker shows as offline replicas and under-replicated partitions, then heals") {
    REQUIRE_MESSAGE(local_cluster().brokers.size() == 3, "this test needs the 3-broker cluster");
    const std::string name = create_topic("failover", 3, 3, {"-c", "min.insync.replicas=2"});
    REQUIRE(under_replicated_becomes(name, 0));
    {
        NodeStopped stopped(3);
        REQUIRE(under_replicated_becomes(name, 3));

        const json t = kfk_json({"topic", "describe", name, "--under-replicated"})["topics"][0];
        REQUIRE(t["partitions"].size() == 3);
        for (const auto& p : t["partitions"]) {
            CHECK(p["offline_replicas"] == json{3});
            CHECK(p["isr"].size() == 2);
            CHECK(p["leader"] != 3);
        }
        CHECK(kfk_json({"topic", "describe", name, "--at-min-isr"})["topics"][0]["partitions"]
                  .size() == 3);
        CHECK(kfk_json({"topic", "describe", name, "--under-min-isr"})["topics"].empty());
        CHECK(kfk_json({"topic", "describe", name, "--unavailable"})["topics"].empty());

        const json listed = kfk_json({"topic", "list", "--pattern", name})["topics"][0];
        CHECK(listed["under_replicated_partitions"] == 3);
        const auto table = kfk_on_cluster({"topic", "list", "--pattern", name});
        CHECK(table.out.find("3 under-replicated") != std::string::npos);

        const json cluster = kfk_json({"cluster", "describe"});
        REQUIRE(cluster["brokers"].size() == 3);
        CHECK(cluster["brokers"][2]["id"] == 3);
        CHECK(cluster["brokers"][2]["online"] == false);
        CHECK(cluster["brokers"][2]["host"].is_null());
        CHECK(cluster["brokers"][2]["leader_partitions"] == 0);

        const json on_3 = kfk_json({"partitions", "list", name, "--broker", "3"})["partitions"];
        CHECK(on_3.size() == 3);
        for (const auto& p : on_3) CHECK(p["role"] == "follower");
    }
    CHECK(under_replicated_becomes(name, 0));
    CHECK(kfk_json({"cluster", "describe"})["brokers"][2]["online"] == true);
}
