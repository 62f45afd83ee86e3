// topic list, topic describe and partitions list against the real cluster.

#include <doctest/doctest.h>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

json find_named(const json& list, const std::string& key, const std::string& name) {
    for (const auto& item : list) {
        if (item[key] == name) return item;
    }
    return json();
}

}  // namespace

TEST_CASE("topic list shows created topics sorted, filters by pattern, hides internal topics") {
    const std::string a = create_topic("listed", 2, 2);
    const std::string b = create_topic("listed", 1, 1);

    const json all = kfk_json({"topic", "list"})["topics"];
    CHECK(find_named(all, "name", a) == json{{"name", a},
                                             {"partitions", 2},
                                             {"replication_factor", 2},
                                             {"internal", false},
                                             {"under_replicated_partitions", 0},
                                             {"unavailable_partitions", 0}});
    CHECK_FALSE(find_named(all, "name", b).is_null());
    CHECK(find_named(all, "name", "__consumer_offsets").is_null());
    for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1]["name"] < all[i]["name"]);

    const json only_a = kfk_json({"topic", "list", "--pattern", a})["topics"];
    REQUIRE(only_a.size() == 1);
    CHECK(only_a[0]["name"] == a);

    const json prefix = kfk_json({"topic", "list", "--pattern", "listed-.*"})["topics"];
    CHECK(prefix.size() >= 2);
    for (const auto& t : prefix) CHECK(t["name"].get<std::string>().rfind("listed-", 0) == 0);

    // __consumer_offsets exists once any group committed; ask for internal topics and
    // check only that nothing internal leaks into the default listing.
    const json with_internal = kfk_json({"topic", "list", "--internal"})["topics"];
    CHECK(with_internal.size() >= all.size());

    const auto table = kfk_on_cluster({"topic", "list", "--pattern", a});
    CHECK(table.out == "NAME" + std::string(a.size() - 2, ' ') + "PARTITIONS  RF  HEALTH\n" + a +
                           "           2   2  ok\n");
}

TEST_CASE("topic describe shows leaders, replicas, ISR and watermarks that agree with kcat") {
    const std::string name = create_topic("described", 3, 3);
    kcat_produce(name, 0, {"1", "2", "3", "4"});
    kcat_produce(name, 2, {"x"});

    const json t = kfk_json({"topic", "describe", name})["topics"][0];
    const json k = kcat_topic_metadata(name);
    REQUIRE(t["partitions"].size() == 3);
    REQUIRE(k["partitions"].size() == 3);
    for (const auto& p : t["partitions"]) {
        const int id = p["partition"].get<int>();
        CAPTURE(id);
        for (const auto& q : k["partitions"]) {
            if (q["partition"] != id) continue;
            CHECK(p["leader"] == q["leader"]);
            CHECK(p["replicas"].size() == q["replicas"].size());
            CHECK(p["isr"].size() == q["isrs"].size());
        }
        CHECK(p["offline_replicas"].empty());
        CHECK(p["low"] == 0);
    }
    CHECK(t["partitions"][0]["high"] == 4);
    CHECK(t["partitions"][0]["messages"] == 4);
    CHECK(t["partitions"][1]["messages"] == 0);
    CHECK(t["partitions"][2]["messages"] == 1);
}

TEST_CASE("topic describe: configs none|changed|all, and the min-ISR filters") {
    const std::string name = create_topic("minisr", 2, 2, {"-c", "min.insync.replicas=2"});
    const json changed = kfk_json({"topic", "describe", name})["topics"][0];
    CHECK(changed["min_insync_replicas"] == 2);
    bool has_min_isr = false;
    for (const auto& c : changed["configs"]) {
        CHECK(c["source"] != "default");
        if (c["name"] == "min.insync.replicas") has_min_isr = c["source"] == "dynamic_topic";
    }
    CHECK(has_min_isr);
    CHECK(
        kfk_json({"topic", "describe", name, "--configs", "none"})["topics"][0]["configs"].empty());
    CHECK(kfk_json({"topic", "describe", name, "--configs", "all"})["topics"][0]["configs"].size() >
          changed["configs"].size());

    // ISR 2 == min.insync.replicas 2: every partition is at min ISR, none under it.
    CHECK(kfk_json({"topic", "describe", name, "--at-min-isr"})["topics"][0]["partitions"].size() ==
          2);
    CHECK(kfk_json({"topic", "describe", name, "--under-min-isr"})["topics"].empty());
    CHECK(kfk_json({"topic", "describe", name, "--under-replicated"})["topics"].empty());
    CHECK(kfk_json({"topic", "describe", name, "--unavailable"})["topics"].empty());
}

TEST_CASE("topic describe --pattern, and a missing topic exits 3") {
    const std::string name = create_topic("pattern-describe", 1, 1);
    const json by_pattern =
        kfk_json({"topic", "describe", "--pattern", name + "|no-such-topic-x"})["topics"];
    REQUIRE(by_pattern.size() == 1);
    CHECK(by_pattern[0]["name"] == name);

    const auto missing = kfk_on_cluster({"topic", "describe", name, "no-such-topic-x"});
    CHECK(missing.exit_code == 3);
    CHECK(missing.out.empty());
    CHECK(missing.err == "kfk: describe topic: topic does not exist: no-such-topic-x\n");

    const auto nothing = kfk_on_cluster({"topic", "describe"});
    CHECK(nothing.exit_code == 2);
    const auto bad_regex = kfk_on_cluster({"topic", "describe", "--pattern", "(oops"});
    CHECK(bad_regex.exit_code == 2);
}

TEST_CASE(
    "partitions list shows one row per partition and --broker keeps its partitions with its role") {
    const std::string name = create_topic("plist", 4, 2);
    kcat_produce(name, 3, {"a", "b"});
    const json rows = kfk_json({"partitions", "list", name})["partitions"];
    REQUIRE(rows.size() == 4);
    CHECK(rows[3]["topic"] == name);
    CHECK(rows[3]["high"] == 2);
    CHECK(rows[3]["messages"] == 2);
    CHECK_FALSE(rows[0].contains("role"));

    const json mine = kfk_json({"partitions", "list", name, "--broker", "1"})["partitions"];
    int expected = 0;
    for (const auto& r : rows) {
        bool on_1 = false;
        for (const auto& id : r["replicas"]) on_1 = on_1 || id == 1;
        if (on_1) ++expected;
    }
    CHECK(expected > 0);  // 8 replicas on 3 brokers: some on broker 1
    CHECK(static_cast<int>(mine.size()) == expected);
    for (const auto& r : mine) CHECK(r["role"] == (r["leader"] == 1 ? "leader" : "follower"));

    CHECK(kfk_on_cluster({"partitions", "list", "no-such-topic-y"}).exit_code == 3);
}

TEST_CASE("every command that names a missing topic exits 3 and leaves it missing") {
    // Each asks metadata for the named topic only, with allow.auto.create.topics=false.
    // The project's cluster also runs with auto.create.topics.enable=false, so this
    // holds the exit code and message; a broker that auto-creates would be needed to
    // catch a client that asks it to.
    const std::string missing = unique_name("never-created");
    const std::vector<std::vector<std::string>> commands = {
        {"topic", "describe", missing},
        {"topic", "config", missing},
        {"partitions", "list", missing},
        {"partitions", "add", missing, "--total", "3"},
        {"partitions", "key", missing, "k"},
        {"consume", missing, "-e"},
        {"produce", missing},
    };
    for (const auto& args : commands) {
        ProcessOptions options;
        options.stdin_data = "a\n";
        const auto r = kfk_on_cluster(args, options);
        CHECK_MESSAGE(r.exit_code == 3, (args[0] + " " + args[1] + ": " + r.err));
        CHECK_MESSAGE(r.err.find("topic does not exist: " + missing) != std::string::npos, r.err);
    }
    CHECK(kcat_topic_metadata(missing).empty());
    CHECK(kfk_on_cluster({"topic", "describe", missing}).exit_code == 3);
}
