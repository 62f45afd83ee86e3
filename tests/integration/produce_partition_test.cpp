// kfk produce: where messages land (the Java partitioner, key order, -p).
// Every test reads back what the broker holds (produce_support.hpp).

#include <doctest/doctest.h>

#include <chrono>
#include <map>
#include <set>

#include "produce_support.hpp"
#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

TEST_CASE(
    "produce: keyed messages land on the Java client's partition and kfk partitions key agrees") {
    const int partitions = 6;
    const std::string topic = create_topic("prod-murmur", partitions, 2);
    // Keys whose Java hashes are known (Kafka's UtilsTest; a Java program's output).
    const std::vector<std::pair<std::string, std::int32_t>> known{
        {"21", -973932308},
        {"foobar", -790332482},
        {"a-little-bit-long-string", -985981536},
        {"abc", 479470107},
        {"0", 971027396},
        {"1", -1993445489},
        {"128", -326012175},
        {"2187", -1508407203},
        {"16384", -325739742},
        {"78125", -1654490814},
        {"279936", 1462227128},
        {"823543", -2014198330},
        {"10000000", -1830336757},
        {"100:48069", 1009543857}};
    std::string input;
    std::vector<std::string> keys;
    for (const auto& [key, hash] : known) {
        input += key + "\t" + key + "\n";
        keys.push_back(key);
    }
    for (int i = 0; i < 200; ++i) {
        const std::string key = "user-" + std::to_string(i * 7919);
        input += key + "\t" + key + "\n";
        keys.push_back(key);
    }
    require_ok(produce(topic, {"-K", "\\t"}, input));

    std::map<std::string, int> landed;
    for (const json& r : consume_jsonl(topic)) {
        CHECK(r["key"] == r["value"]);
        landed[r["key"].get<std::string>()] = r["partition"].get<int>();
    }
    REQUIRE(landed.size() == keys.size());
    std::set<int> used;
    for (const auto& [key, hash] : known) {
        CAPTURE(key);
        CHECK(landed[key] == java_partition_of(hash, partitions));
    }
    for (const auto& [key, partition] : landed) used.insert(partition);
    CHECK(used.size() == partitions);  // keys do spread

    // kcat sees the same placement.
    for (const json& r : kcat_consume(topic))
        CHECK(landed[r["key"].get<std::string>()] == r["partition"].get<int>());

    // kfk partitions key computes without producing: it must agree with every placement.
    std::vector<std::string> args{"partitions", "key", topic};
    args.insert(args.end(), keys.begin(), keys.end());
    const json mapped = kfk_json(args);
    CHECK(mapped["partition_count"] == partitions);
    REQUIRE(mapped["keys"].size() == keys.size());
    for (const json& k : mapped["keys"]) {
        CAPTURE(k["key"]);
        CHECK(k["partition"].get<int>() == landed[k["key"].get<std::string>()]);
    }
    const auto table = kfk_on_cluster({"partitions", "key", topic, "abc"});
    require_ok(table);
    CHECK(contains(table.out, std::to_string(java_partition_of(479470107, partitions))));
    CHECK(kfk_on_cluster({"partitions", "key", "prod-no-such-topic", "k"}).exit_code == 3);
}

TEST_CASE("produce: messages with the same key stay in order on one partition") {
    const std::string topic = create_topic("prod-order", 4, 2);
    std::string input;
    const int per_key = 2000;
    for (int i = 0; i < per_key; ++i) {
        for (const char* key : {"alpha", "beta", "gamma", "delta"})
            input += std::string(key) + ":" + std::to_string(i) + "\n";
    }
    const auto r = produce(topic, {"-K", ":"}, input);
    require_ok(r);
    CHECK(contains(r.err, "delivered 8000 messages"));
    std::map<std::string, std::vector<int>> sequence;
    std::map<std::string, std::set<int>> partitions;
    for (const json& m : consume_jsonl(topic)) {
        sequence[m["key"].get<std::string>()].push_back(std::stoi(m["value"].get<std::string>()));
        partitions[m["key"].get<std::string>()].insert(m["partition"].get<int>());
    }
    REQUIRE(sequence.size() == 4);
    std::vector<int> expected(per_key);
    for (int i = 0; i < per_key; ++i) expected[i] = i;
    for (const auto& [key, values] : sequence) {
        CAPTURE(key);
        CHECK(values == expected);
        CHECK(partitions[key].size() == 1);
    }
}

TEST_CASE(
    "produce -p sends every message to that partition and a missing partition or topic exits 3 "
    "before sending") {
    const std::string topic = create_topic("prod-partition", 3, 2);
    require_ok(produce(topic, {"-p", "2", "-K", ":"}, "a:1\nb:2\nc:3\n"));
    const auto records = consume_jsonl(topic);
    REQUIRE(records.size() == 3);
    for (const json& m : records) CHECK(m["partition"] == 2);
    const auto kcat = kcat_consume(topic);
    REQUIRE(kcat.size() == 3);
    for (const json& m : kcat) CHECK(m["partition"] == 2);

    const auto missing = produce(topic, {"-p", "3"}, "x\n");
    CHECK(missing.exit_code == 3);
    CHECK(contains(missing.err, "partition 3 does not exist"));
    CHECK_FALSE(contains(missing.err, "delivered"));
    const auto no_topic = produce("prod-no-such-topic", {}, "x\n");
    CHECK(no_topic.exit_code == 3);
    CHECK(contains(no_topic.err, "topic does not exist"));
    CHECK(consume_jsonl(topic).size() == 3);
}

TEST_CASE("produce: short keyless runs spread over the partitions, as the Java client's do") {
    const int partitions = 3;
    const std::string topic = create_topic("prod-keyless-runs", partitions, 1);
    // Each run starts on a random partition: 20 one-line runs all landing on one
    // partition has a chance of 3 in 3^20 (5e-10).
    const int runs = 20;
    for (int i = 0; i < runs; ++i)
        require_ok(produce(topic, {}, "run-" + std::to_string(i) + "\n"));
    std::map<int, int> per_partition;
    for (const json& r : consume_jsonl(topic)) ++per_partition[r["partition"].get<int>()];
    int total = 0;
    for (const auto& [partition, count] : per_partition) total += count;
    CHECK(total == runs);
    CHECK(per_partition.size() > 1);
}
