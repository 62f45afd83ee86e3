// kfk produce --input json: bytes, headers, timestamps, partitions and invalid lines.
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

TEST_CASE("produce --input json: binary keys and values and headers and timestamps survive") {
    // The records carry timestamps from 2020: without retention.ms=-1 the broker's
    // periodic retention check (every 5 minutes) may delete them before they are read.
    const std::string topic = create_topic("prod-json", 3, 2, {"-c", "retention.ms=-1"});
    const std::string input =
        R"({"key":"AP8Q","key_encoding":"base64","value":"/wABAgM=","value_encoding":"base64","timestamp":1600000000001,"partition":1,)"
        R"("headers":[{"key":"h","value":"1"},{"key":"h","value":"1"},{"key":"n","value":null},{"key":"b","value":"gA==","value_encoding":"base64"}]})"
        "\n"
        R"({"key":null,"value":null,"partition":0,"timestamp":1600000000002})"
        "\n\n"
        R"({"key":"text","value":"héllo \"world\"","partition":2,"headers":[]})"
        "\n"
        R"({"value":"plain"})";
    const auto r = produce(topic, {"--input", "json"}, input);
    require_ok(r);
    CHECK(contains(r.err, "delivered 4 messages"));

    const auto records = consume_jsonl(topic);
    REQUIRE(records.size() == 4);
    std::map<std::string, json> by_value;
    for (const json& m : records)
        by_value[m["value"].is_null() ? "<null>" : m["value"].get<std::string>()] = m;
    const json& binary = by_value["/wABAgM="];
    CHECK(binary["partition"] == 1);
    CHECK(binary["value_encoding"] == "base64");
    CHECK(binary["key"] == "AP8Q");
    CHECK(binary["key_encoding"] == "base64");
    CHECK(binary["timestamp"] == 1600000000001);
    CHECK(binary["timestamp_type"] == "create_time");
    CHECK(
        binary["headers"] ==
        json::parse(R"([{"key":"h","value":"1"},{"key":"h","value":"1"},{"key":"n","value":null},)"
                    R"({"key":"b","value":"gA==","value_encoding":"base64"}])"));
    const json& tombstone = by_value["<null>"];
    CHECK(tombstone["partition"] == 0);
    CHECK(tombstone["key"].is_null());
    CHECK(tombstone["timestamp"] == 1600000000002);
    CHECK(by_value["héllo \"world\""]["partition"] == 2);
    CHECK(by_value["héllo \"world\""]["key"] == "text");
    CHECK(by_value.count("plain") == 1);

    // kcat, independently: the timestamps, the text record and the headers.
    const auto kcat = kcat_consume(topic);
    REQUIRE(kcat.size() == 4);
    std::set<long long> timestamps;
    for (const json& m : kcat) timestamps.insert(m["ts"].get<long long>());
    CHECK(timestamps.count(1600000000001) == 1);
    CHECK(timestamps.count(1600000000002) == 1);
    int text_records = 0, binary_records = 0;
    for (const json& m : kcat) {
        // By payload, not by partition: the keyless "plain" record may land on 2 as well.
        if (m["payload"] == "héllo \"world\"") {
            ++text_records;
            CHECK(m["partition"] == 2);
            CHECK(m["key"] == "text");
        }
        if (m["ts"] == 1600000000001) {
            ++binary_records;
            CHECK(m["partition"] == 1);
            CHECK(m["key"] == std::string("\x00\xff\x10", 3));
            CHECK(m["payload"] == std::string("\xff\x00\x01\x02\x03", 5));
            REQUIRE(kcat_headers(m).size() == 4);
            CHECK(kcat_headers(m)[3] == std::pair<std::string, std::string>{"b", "\x80"});
            CHECK(kcat_headers(m)[0] == std::pair<std::string, std::string>{"h", "1"});
            CHECK(kcat_headers(m)[1] == std::pair<std::string, std::string>{"h", "1"});
            CHECK(kcat_headers(m)[2].first == "n");
            CHECK(kcat_headers(m)[2].second == "<null>");
        }
    }
    CHECK(text_records == 1);  // both were checked above, not skipped
    CHECK(binary_records == 1);
}

TEST_CASE(
    "produce --input json: an invalid line exits 2 with its line number and --skip-invalid counts "
    "and goes on") {
    const std::string topic = create_topic("prod-json-bad", 1, 1);
    const std::string input =
        "{\"value\":\"a\"}\n{\"value\":\"b\"}\n{\"value\": nope}\n{\"value\":\"d\"}\n[1]\n";
    const auto r = produce(topic, {"--input", "json"}, input);
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "line 3"));
    CHECK(contains(r.err, "invalid JSON"));
    CHECK(values_of(consume_jsonl(topic)) == std::vector<std::string>{"a", "b"});

    const auto skipped = produce(topic, {"--input", "json", "--skip-invalid"}, input);
    require_ok(skipped);
    CHECK(contains(skipped.err, "delivered 3 messages"));
    CHECK(contains(skipped.err, "2 invalid lines skipped"));
    CHECK(contains(skipped.err, "line 3: invalid JSON"));
    CHECK(contains(skipped.err, "line 5: expected a JSON object"));
    CHECK(values_of(consume_jsonl(topic)) == std::vector<std::string>{"a", "b", "a", "b", "d"});
}

TEST_CASE(
    "produce: a JSON record for a partition the topic does not have fails naming its line (exit "
    "5)") {
    const std::string topic = create_topic("prod-json-partition", 2, 1);
    const auto r =
        produce(topic, {"--input", "json"},
                "{\"value\":\"a\",\"partition\":1}\n{\"value\":\"b\",\"partition\":7}\n");
    CHECK(r.exit_code == 5);
    CHECK(contains(r.err, "1 of 2 messages not delivered (line 2): partition does not exist"));
    CHECK(values_of(consume_jsonl(topic)) == std::vector<std::string>{"a"});
}
