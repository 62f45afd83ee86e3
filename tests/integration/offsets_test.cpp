// kfk offsets against the real cluster, cross-checked with Kafka's own GetOffsetShell.

#include <doctest/doctest.h>

#include <map>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timed_messages.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

// "partition -> offset" from kfk offsets -o json.
std::map<int, std::int64_t> kfk_offsets(const std::string& topic, const std::string& at) {
    std::map<int, std::int64_t> out;
    for (const auto& row : kfk_json({"offsets", topic, "--at", at})) {
        CHECK(row["topic"] == topic);
        out[row["partition"].get<int>()] = row["offset"].get<std::int64_t>();
    }
    return out;
}

// "partition -> offset" as GetOffsetShell prints them ("topic:partition:offset" lines).
std::map<int, std::int64_t> java_offsets(const std::string& topic, const std::string& time) {
    const auto cp = run_process({std::string(KFK_SOURCE_DIR) + "/scripts/cluster", "classpath"});
    REQUIRE_MESSAGE(cp.exit_code == 0, cp.err);
    const auto r = run_process({"java", "-cp", lines_of(cp.out).at(0),
                                "org.apache.kafka.tools.GetOffsetShell", "--bootstrap-server",
                                local_cluster().bootstrap, "--topic", topic, "--time", time});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::map<int, std::int64_t> out;
    for (const std::string& line : lines_of(r.out)) {
        const auto last = line.rfind(':');
        const auto before = line.rfind(':', last - 1);
        REQUIRE_MESSAGE(last != std::string::npos, line);
        out[std::stoi(line.substr(before + 1, last - before - 1))] =
            std::stoll(line.substr(last + 1));
    }
    return out;
}

}  // namespace

TEST_CASE("offsets at beginning, end and a time equal what Kafka's GetOffsetShell prints") {
    const std::string topic = create_topic("read15-offsets", 3, 2);
    const std::int64_t base = now_ms() - 60'000;
    produce_at(topic, 0, {base, base + 1000, base + 2000, base + 3000, base + 4000});
    produce_at(topic, 1, {base + 500, base + 2500});
    // Partition 2 stays empty.

    CHECK(kfk_offsets(topic, "beginning") == java_offsets(topic, "-2"));
    CHECK(kfk_offsets(topic, "earliest") == java_offsets(topic, "-2"));
    const auto end = kfk_offsets(topic, "end");
    CHECK(end == java_offsets(topic, "-1"));
    CHECK(end == std::map<int, std::int64_t>{{0, 5}, {1, 2}, {2, 0}});

    // The first message at or after the time; where there is none, kfk says the end.
    const std::int64_t at = base + 2000;
    const auto by_time = kfk_offsets(topic, "@" + std::to_string(at));
    CHECK(by_time == std::map<int, std::int64_t>{{0, 2}, {1, 1}, {2, 0}});
    for (const auto& [partition, offset] : java_offsets(topic, std::to_string(at))) {
        if (offset >= 0) CHECK(by_time.at(partition) == offset);
    }
    CHECK(kfk_offsets(topic, "@" + std::to_string(base + 4001)) == end);
    CHECK(kfk_offsets(topic, "@-1h") == kfk_offsets(topic, "beginning"));

    // -p selects partitions; the table has one row per partition.
    const json one = kfk_json({"offsets", topic, "-p", "1", "--at", "latest"});
    REQUIRE(one.size() == 1);
    CHECK(one[0] == json{{"topic", topic}, {"partition", 1}, {"offset", 2}});
    const auto table = kfk_on_cluster({"offsets", topic, "-p", "0", "-p", "1"});
    REQUIRE_MESSAGE(table.exit_code == 0, table.err);
    CHECK(lines_of(table.out).size() == 3);
    CHECK(lines_of(table.out).at(0).find("OFFSET") != std::string::npos);
    kfk_on_cluster({"topic", "delete", topic, "--yes"});
}

TEST_CASE("offsets errors: missing topic or partition 3, bad --at 2") {
    const std::string topic = create_topic("read15-offsets-err", 1, 1);
    auto r = kfk_on_cluster({"offsets", topic + "-missing"});
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("does not exist") != std::string::npos);
    r = kfk_on_cluster({"offsets", topic, "-p", "4"});
    CHECK(r.exit_code == 3);
    CHECK(r.err == "kfk: offsets " + topic + ": partition 4 does not exist (the topic has 1)\n");
    r = kfk_on_cluster({"offsets", topic, "--at", "yesterday"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("kfk: --at: invalid position 'yesterday'") == 0);
    CHECK(r.out.empty());
    kfk_on_cluster({"topic", "delete", topic, "--yes"});
}
