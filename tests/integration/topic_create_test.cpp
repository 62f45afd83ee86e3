// kfk topic create against the real cluster; what was created is checked with kfk
// describe and with kcat.

#include <doctest/doctest.h>

#include <algorithm>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

json describe(const std::string& topic, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"topic", "describe", topic};
    args.insert(args.end(), extra.begin(), extra.end());
    return kfk_json(args)["topics"][0];
}

std::vector<int> ids(const json& replicas) {
    std::vector<int> out;
    for (const auto& r : replicas) out.push_back(r["id"].get<int>());
    return out;
}

}  // namespace

TEST_CASE("topic create makes the partitions, replicas and configs asked for") {
    const std::string name =
        create_topic("create", 3, 2, {"-c", "retention.ms=12345", "-c", "cleanup.policy=compact"});

    const json t = describe(name);
    CHECK(t["partition_count"] == 3);
    CHECK(t["replication_factor"] == 2);
    bool retention = false, cleanup = false;
    for (const auto& c : t["configs"]) {
        if (c["name"] == "retention.ms")
            retention = c["value"] == "12345" && c["source"] == "dynamic_topic";
        if (c["name"] == "cleanup.policy")
            cleanup = c["value"] == "compact" && c["source"] == "dynamic_topic";
    }
    CHECK(retention);
    CHECK(cleanup);

    const json k = kcat_topic_metadata(name);
    REQUIRE(k["partitions"].size() == 3);
    for (const auto& p : k["partitions"]) CHECK(p["replicas"].size() == 2);
}

TEST_CASE("a created topic takes messages at once") {
    const std::string name = create_topic("create-visible", 2, 3);
    kcat_produce(name, 1, {"a", "b", "c"});
    const json t = describe(name);
    CHECK(t["partitions"][1]["high"] == 3);
    CHECK(t["partitions"][1]["messages"] == 3);
    CHECK(t["partitions"][0]["messages"] == 0);
}

TEST_CASE("--replica-assignment places each partition's replicas, leader first") {
    const std::string name = unique_name("assigned");
    const auto r = kfk_on_cluster({"topic", "create", name, "--replica-assignment", "1:2,2:3,3:1"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const json k = kcat_topic_metadata(name);
    REQUIRE(k["partitions"].size() == 3);
    std::vector<std::vector<int>> got;
    for (const auto& p : k["partitions"]) got.push_back(ids(p["replicas"]));
    std::sort(got.begin(), got.end());
    // kcat lists replicas in assignment order: the first is the preferred leader.
    CHECK(got == std::vector<std::vector<int>>{{1, 2}, {2, 3}, {3, 1}});
    const json t = describe(name);
    CHECK(t["partitions"][0]["leader"] == 1);
    CHECK(t["partitions"][1]["leader"] == 2);
}

TEST_CASE("an existing topic: exit 4, or 0 with --if-not-exists") {
    const std::string name = create_topic("exists", 1, 1);
    const auto again = kfk_on_cluster({"topic", "create", name});
    CHECK(again.exit_code == 4);
    CHECK(again.err.find("kfk: create topic " + name + ": ") == 0);
    CHECK(again.out.find("exists") != std::string::npos);

    const auto idempotent = kfk_on_cluster({"topic", "create", name, "--if-not-exists"});
    CHECK_MESSAGE(idempotent.exit_code == 0, idempotent.err);
    CHECK(idempotent.err.empty());
}

TEST_CASE("a batch with one new and one existing topic creates the new one and exits 5") {
    const std::string existing = create_topic("batch-old", 1, 1);
    const std::string fresh = unique_name("batch-new");
    const auto r = kfk_on_cluster({"topic", "create", fresh, existing, "-o", "json"});
    CHECK(r.exit_code == 5);
    const json rows = json::parse(r.out)["results"];
    REQUIRE(rows.size() == 2);
    for (const auto& row : rows) {
        if (row["name"] == fresh) CHECK(row["status"] == "created");
        if (row["name"] == existing) CHECK(row["exit_code"] == 4);
    }
    CHECK(kcat_topic_metadata(fresh)["partitions"].size() == 1);
}

TEST_CASE("--dry-run validates on the broker and creates nothing") {
    const std::string name = unique_name("dry");
    const auto r = kfk_on_cluster({"topic", "create", name, "-p", "2", "--dry-run"});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.out.find("would create") != std::string::npos);
    CHECK(kfk_on_cluster({"topic", "describe", name}).exit_code == 3);

    const auto bad = kfk_on_cluster({"topic", "create", name, "-r", "9", "--dry-run"});
    CHECK(bad.exit_code == 2);
}

TEST_CASE("invalid names are refused before contacting a broker") {
    for (const std::string& bad :
         {std::string("has space"), std::string(".."), std::string(250, 'x'), std::string("a/b")}) {
        CAPTURE(bad);
        const auto r = run_kfk({"-b", "127.0.0.1:1", "topic", "create", bad});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("invalid topic name") != std::string::npos);
        CHECK(r.err.find("no broker reachable") == std::string::npos);
    }
}

TEST_CASE("the broker's reasons for refusing: replication factor, unknown config, bad value") {
    const std::string name = unique_name("refused");
    const auto rf = kfk_on_cluster({"topic", "create", name, "-r", "4"});
    CHECK(rf.exit_code == 2);
    CHECK(rf.err.find("eplication factor") != std::string::npos);

    const auto unknown = kfk_on_cluster({"topic", "create", name, "-c", "no.such.config=1"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("no.such.config") != std::string::npos);

    const auto value = kfk_on_cluster({"topic", "create", name, "-c", "retention.ms=soon"});
    CHECK(value.exit_code == 2);
    CHECK(value.err.find("retention.ms") != std::string::npos);

    const auto conflict =
        kfk_on_cluster({"topic", "create", name, "-p", "2", "--replica-assignment", "1,2"});
    CHECK(conflict.exit_code == 2);
    for (const auto* r : {&rf, &unknown, &value, &conflict})
        CHECK(std::count(r->err.begin(), r->err.end(), '\n') <= 1);
    CHECK(kcat_topic_metadata(name).empty());
}
