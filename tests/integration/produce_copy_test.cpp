// The lossless copy: kfk consume -o jsonl | kfk produce --input json.
// Every test reads back what the broker holds (produce_support.hpp).

#include <doctest/doctest.h>

#include <chrono>

#include "produce_support.hpp"
#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

TEST_CASE(
    "lossless copy: consume -o jsonl | produce --input json into a topic with as many partitions") {
    const int partitions = 3;
    // The messages carry timestamps from 2017: without retention.ms=-1 the broker's
    // retention check may delete a partition's segment before the test reads it back.
    const std::string source =
        create_topic("prod-copy-src", partitions, 2, {"-c", "retention.ms=-1"});
    const std::string target =
        create_topic("prod-copy-dst", partitions, 2, {"-c", "retention.ms=-1"});

    // The source: binary and text keys and values, null and empty ones, duplicate and
    // null headers, explicit timestamps, spread over every partition.
    std::string input;
    for (int i = 0; i < 60; ++i) {
        json m;
        m["partition"] = i % partitions;
        m["timestamp"] = 1500000000000LL + i * 1000;
        const std::string key = source_key(i);
        if (i % 2 == 0) {
            m["key"] = b64(key);
            m["key_encoding"] = "base64";
        } else {
            m["key"] = key;
        }
        const std::optional<std::string> value = source_value(i);
        if (!value) {
            m["value"] = nullptr;
        } else if (i % 2 == 0) {
            m["value"] = b64(*value);
            m["value_encoding"] = "base64";
        } else {
            m["value"] = *value;  // nlohmann escapes the control bytes; valid UTF-8 only
        }
        m["headers"] = json::array({{{"key", "dup"}, {"value", "1"}},
                                    {{"key", "dup"}, {"value", "1"}},
                                    {{"key", "null"}, {"value", nullptr}},
                                    {{"key", "bin"},
                                     {"value", b64(std::string("\x01\xff", 2))},
                                     {"value_encoding", "base64"}},
                                    {{"key", "n"}, {"value", std::to_string(i)}}});
        input += m.dump() + "\n";
    }
    require_ok(produce(source, {"--input", "json", "-q"}, input));

    // The source as kcat reads it: timestamps and headers are what was asked for.
    const auto kcat_source = kcat_consume(source);
    REQUIRE(kcat_source.size() == 60);
    for (const json& m : kcat_source) {
        const auto headers = kcat_headers(m);
        REQUIRE(headers.size() == 5);
        const int i = std::stoi(headers[4].second);
        CAPTURE(i);
        CHECK(m["partition"] == i % partitions);
        CHECK(m["ts"] == 1500000000000LL + i * 1000);
        CHECK(headers[0] == std::pair<std::string, std::string>{"dup", "1"});
        CHECK(headers[1] == std::pair<std::string, std::string>{"dup", "1"});
        CHECK(headers[2].second == "<null>");
        CHECK(headers[3] == std::pair<std::string, std::string>{"bin", "\x01\xff"});
        CHECK(m["key"] == source_key(i));
        if (source_value(i)) {
            CHECK(m["payload"] == *source_value(i));
        } else {
            CHECK(m["payload"].is_null());
        }
    }

    // The copy.
    const auto copied = copy_topic(source, target);
    require_ok(copied);

    auto strip = [](std::vector<json> records) {
        for (json& m : records) {
            m.erase("topic");
            m.erase("offset");
        }
        return records;
    };
    const auto before = consume_jsonl(source);
    const auto after = consume_jsonl(target);
    REQUIRE(before.size() == 60);
    CHECK(strip(before) == strip(after));
    CHECK(before[0]["key_encoding"] == "base64");  // the binary path was exercised

    auto strip_kcat = [](std::vector<json> records) {
        for (json& m : records) {
            m.erase("topic");
            m.erase("offset");
            m.erase("broker");
        }
        return records;
    };
    CHECK(strip_kcat(kcat_source) == strip_kcat(kcat_consume(target)));
}
