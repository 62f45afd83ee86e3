// The Java client's key partitioner, checked against values from independent sources:
// Apache Kafka's own UtilsTest, librdkafka's rdmurmur2.c unit test, hashes printed by a
// Java program (kafkajs' defaultJava/Test.java), partitions printed by the Java
// partitioner (kafka-python's test_partitioner.py), and librdkafka's own murmur2
// partitioner, which `kfk produce` uses.

#include "kfk/murmur2.hpp"

#include <doctest/doctest.h>
#include <librdkafka/rdkafka.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "kfk/render/output_format.hpp"
#include "kfk/render/partition_key_render.hpp"

namespace {

// Java prints the hash as a signed int.
std::int32_t java_int(std::string_view bytes) {
    return static_cast<std::int32_t>(kfk::murmur2(bytes));
}

}  // namespace

TEST_CASE("murmur2 matches Kafka's UtilsTest.testMurmur2") {
    // clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java
    const std::vector<std::pair<std::string, std::int32_t>> cases{
        {"21", -973932308},
        {"foobar", -790332482},
        {"a-little-bit-long-string", -985981536},
        {"a-little-bit-longer-string", -1486304829},
        {"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58897971},
        {"abc", 479470107},
    };
    for (const auto& [key, hash] : cases) {
        CAPTURE(key);
        CHECK(java_int(key) == hash);
    }
}

TEST_CASE(
    "murmur2 matches librdkafka's unittest_murmur2 (tails of every length and unaligned and "
    "empty)") {
    // librdkafka src/rdmurmur2.c: results checked there against the Java client.
    const std::string short_unaligned = "1234";
    const std::string unaligned = "PreAmbleWillBeRemoved,ThePrePartThatIs";
    const std::vector<std::pair<std::string, std::uint32_t>> cases{
        {"kafka", 0xd067cf64},
        {"giberish123456789", 0x8f552b0c},
        {short_unaligned, 0x9fc97b14},
        {short_unaligned.substr(1), 0xe7c009ca},
        {short_unaligned.substr(2), 0x873930da},
        {short_unaligned.substr(3), 0x5a4b5ca1},
        {unaligned, 0x78424f1c},
        {unaligned.substr(1), 0x4a62b377},
        {unaligned.substr(2), 0xe0e4e09e},
        {unaligned.substr(3), 0x62b8b43f},
        {"", 0x106e08d9},
    };
    for (const auto& [key, hash] : cases) {
        CAPTURE(key);
        CHECK(kfk::murmur2(key) == hash);
    }
}

TEST_CASE("murmur2 matches hashes printed by the Java client (kafkajs defaultJava/Test.java)") {
    const std::vector<std::pair<std::string, std::int32_t>> cases{
        {"0", 971027396},           {"1", -1993445489},        {"128", -326012175},
        {"2187", -1508407203},      {"16384", -325739742},     {"78125", -1654490814},
        {"279936", 1462227128},     {"823543", -2014198330},   {"2097152", 607668903},
        {"4782969", -1182699775},   {"10000000", -1830336757}, {"19487171", -1603849305},
        {"35831808", -857013643},   {"62748517", -1167431028}, {"105413504", -381294639},
        {"170859375", -1658323481}, {"100:48069", 1009543857},
    };
    for (const auto& [key, hash] : cases) {
        CAPTURE(key);
        CHECK(java_int(key) == hash);
    }
}

TEST_CASE(
    "java_partition matches partitions printed by the Java partitioner over 1000 partitions") {
    // kafka-python test/test_partitioner.py, "compare with output from Kafka's
    // org.apache.kafka.clients.producer.Partitioner".
    const std::vector<std::pair<std::string, std::int32_t>> cases{
        {"", 681},    {"a", 524},         {"ab", 434},
        {"abc", 107}, {"123456789", 566}, {std::string("\0 ", 2), 742},
    };
    for (const auto& [key, partition] : cases) {
        CAPTURE(key);
        CHECK(kfk::java_partition(key, 1000) == partition);
    }
}

TEST_CASE("java_partition clears the sign bit (toPositive) and does not take abs()") {
    // "21" hashes negative (UtilsTest): abs() would give 973932308, toPositive gives
    // 0x7fffffff & -973932308 = 1173551340.
    REQUIRE(java_int("21") < 0);
    CHECK(kfk::java_partition("21", 2147483647) == 1173551340);
    CHECK(kfk::java_partition("21", 7) == 1173551340 % 7);
}

TEST_CASE("java_partition agrees with librdkafka's murmur2 partitioner on random binary keys") {
    // The partitioner kfk produce configures (murmur2_random: murmur2 for keyed messages).
    std::mt19937 random(20240917);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(0, 40);
    for (int i = 0; i < 5000; ++i) {
        std::string key(static_cast<std::size_t>(length(random)), '\0');
        for (char& c : key) c = static_cast<char>(byte(random));
        for (const std::int32_t partitions : {1, 2, 3, 6, 7, 12, 100, 1000}) {
            const std::int32_t expected = rd_kafka_msg_partitioner_murmur2(
                nullptr, key.data(), key.size(), partitions, nullptr, nullptr);
            if (kfk::java_partition(key, partitions) != expected) {
                FAIL_CHECK("key of " << key.size() << " bytes, " << partitions
                                     << " partitions: kfk " << kfk::java_partition(key, partitions)
                                     << ", librdkafka " << expected);
            }
        }
    }
}

TEST_CASE("partitions key renders the Java partition of each key in the order given") {
    const kfk::KeyPartitions result =
        kfk::map_keys("orders", 1000, {"abc", "", "a"}, kfk::KeyPartitioner::murmur2);
    REQUIRE(result.keys.size() == 3);
    CHECK(result.keys[0].key == "abc");
    CHECK(result.keys[0].partition == 107);
    CHECK(result.keys[1].partition == 681);
    CHECK(result.keys[2].partition == 524);

    std::ostringstream json;
    kfk::RenderOptions options;
    options.format = kfk::OutputFormat::json;
    kfk::render(result, options, json);
    CHECK(
        nlohmann::json::parse(json.str()) ==
        nlohmann::json::parse(R"({"topic":"orders","partition_count":1000,"partitioner":"murmur2",)"
                              R"("keys":[{"key":"abc","partition":107},)"
                              R"({"key":"","partition":681},{"key":"a","partition":524}]})"));

    std::ostringstream table;
    kfk::render(result, kfk::RenderOptions{}, table);
    CHECK(table.str().find("KEY") != std::string::npos);
    CHECK(table.str().find("107") != std::string::npos);
}
