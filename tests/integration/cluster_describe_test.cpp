// kfk cluster describe against the real local cluster, cross-checked with kcat.

#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "support/local_cluster.hpp"
#include "support/process.hpp"

using kfk::test::local_cluster;
using kfk::test::run_kfk;
using kfk::test::run_process;
using nlohmann::json;

namespace {

json describe_json(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"cluster", "describe", "-o",
                                  "json",    "-b",       local_cluster().bootstrap};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run_kfk(args);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.err.empty());
    return json::parse(r.out);
}

}  // namespace

TEST_CASE("cluster describe shows the brokers and id the cluster script made, no controller") {
    const auto& cluster = local_cluster();
    const json d = describe_json();

    CHECK(d["cluster_id"] == cluster.cluster_id);
    REQUIRE(d["brokers"].size() == cluster.brokers.size());
    for (std::size_t i = 0; i < cluster.brokers.size(); ++i) {
        CAPTURE(i);
        CHECK(d["brokers"][i]["id"] == cluster.brokers[i].id);
        CHECK(d["brokers"][i]["host"] == cluster.brokers[i].host);
        CHECK(d["brokers"][i]["port"] == cluster.brokers[i].port);
        CHECK(d["brokers"][i]["online"] == true);
    }
    // In KRaft the Metadata response names a random broker as controller: kfk must
    // not present it as a fact, in JSON or in the table.
    CHECK_FALSE(d.contains("controller_id"));
    for (const auto& b : d["brokers"]) CHECK_FALSE(b.contains("is_controller"));
    const auto table = run_kfk({"cluster", "describe", "-b", local_cluster().bootstrap});
    REQUIRE(table.exit_code == 0);
    CHECK(table.out.find("Controller") == std::string::npos);
}

TEST_CASE("leader and follower counts agree with kcat's view of the same cluster") {
    const json d = describe_json();
    const auto kcat = run_process({"kcat", "-L", "-J", "-b", local_cluster().bootstrap});
    REQUIRE_MESSAGE(kcat.exit_code == 0, kcat.err);
    const json md = json::parse(kcat.out);

    std::map<int, int> leads, follows;
    int partitions = 0;
    for (const auto& topic : md["topics"]) {
        for (const auto& p : topic["partitions"]) {
            ++partitions;
            for (const auto& r : p["replicas"]) {
                const int id = r["id"].get<int>();
                if (id == p["leader"].get<int>()) {
                    ++leads[id];
                } else {
                    ++follows[id];
                }
            }
        }
    }
    CHECK(d["partition_count"] == partitions);
    CHECK(d["topic_count"] == md["topics"].size());
    for (const auto& b : d["brokers"]) {
        const int id = b["id"].get<int>();
        CAPTURE(id);
        CHECK(b["leader_partitions"] == leads[id]);
        CHECK(b["follower_partitions"] == follows[id]);
    }
}

TEST_CASE("cluster describe table lists every broker address") {
    const auto r = run_kfk({"cluster", "describe", "-b", local_cluster().bootstrap});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.out.find("Cluster ID:  " + local_cluster().cluster_id + "\n") != std::string::npos);
    CHECK(r.out.find("ID  ADDRESS") != std::string::npos);
    for (const auto& b : local_cluster().brokers) {
        CHECK(r.out.find(b.host + ":" + std::to_string(b.port) + "  -     online") !=
              std::string::npos);
    }
}

TEST_CASE("KFK_BROKERS is used when -b is absent, and -b wins over it") {
    const std::string good = local_cluster().bootstrap;
    {
        kfk::test::ProcessOptions env;
        env.env = {{"KFK_BROKERS", good}};
        const auto r = run_kfk({"cluster", "describe", "-o", "json"}, env);
        CHECK_MESSAGE(r.exit_code == 0, r.err);
    }
    {
        kfk::test::ProcessOptions env;
        env.env = {{"KFK_BROKERS", "127.0.0.1:1"}};
        const auto r = run_kfk({"cluster", "describe", "-o", "json", "--timeout", "3s"}, env);
        CHECK(r.exit_code == 6);
        const auto flag_wins = run_kfk({"cluster", "describe", "-o", "json", "-b", good}, env);
        CHECK_MESSAGE(flag_wins.exit_code == 0, flag_wins.err);
    }
}
