#include "kfk/consume/message_json.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using nlohmann::json;

TEST_CASE("a message as JSON: fields in order, UTF-8 kept, headers in order with duplicates") {
    kfk::MessageView m;
    m.topic = "t";
    m.partition = 1;
    m.offset = 7;
    m.timestamp = 1764064800000;
    m.timestamp_type = kfk::TimestampType::create_time;
    m.key = "clé";
    m.value = "{\"a\":1}";
    m.headers = {{"h", "1"}, {"h", "2"}, {"n", std::nullopt}};
    std::string line;
    kfk::append_message_json(m, line);
    CHECK(
        line ==
        R"({"topic":"t","partition":1,"offset":7,"timestamp":1764064800000,"timestamp_type":"create_time",)"
        R"("key":"clé","value":"{\"a\":1}","headers":[{"key":"h","value":"1"},{"key":"h","value":"2"},)"
        R"({"key":"n","value":null}]})");
}

TEST_CASE("non-UTF-8 bytes are base64 with an encoding marker, null stays null") {
    kfk::MessageView m;
    m.topic = "t";
    const std::string binary("\xff\x00\x01", 3);
    m.value = binary;
    m.headers = {{"bin", std::string_view(binary)}};
    const json j = kfk::message_json(m);
    CHECK(j["key"].is_null());
    CHECK_FALSE(j.contains("key_encoding"));
    CHECK(j["value"] == "/wAB");
    CHECK(j["value_encoding"] == "base64");
    CHECK(j["headers"][0] == json{{"key", "bin"}, {"value", "/wAB"}, {"value_encoding", "base64"}});
    CHECK(j["timestamp"].is_null());
    CHECK(j["timestamp_type"].is_null());
}
