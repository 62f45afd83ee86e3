#include "kfk/schema/avro_codec.hpp"

#include <doctest/doctest.h>

#include <string>

#include "kfk/error.hpp"

using namespace std::string_literals;
using nlohmann::ordered_json;

namespace {

kfk::Schema avro_schema(const std::string& text, std::int32_t id = 7) {
    kfk::Schema schema;
    schema.id = id;
    schema.text = text;
    return schema;
}

const char* order_schema = R"({
  "type": "record", "name": "Order", "namespace": "com.acme",
  "fields": [
    {"name": "id", "type": "long"},
    {"name": "item", "type": "string"},
    {"name": "price", "type": "double"},
    {"name": "note", "type": ["null", "string"]},
    {"name": "tags", "type": {"type": "array", "items": "string"}},
    {"name": "state", "type": {"type": "enum", "name": "State", "symbols": ["NEW", "PAID"]}},
    {"name": "blob", "type": "bytes"}
  ]})";

}  // namespace

TEST_CASE("Avro: the binary encoding of a record, by hand") {
    kfk::AvroCodec codec(avro_schema(order_schema), kfk::AvroUnions::plain);
    const ordered_json value = ordered_json::parse(
        R"({"id":1,"item":"ab","price":0.5,"note":null,"tags":["x"],"state":"PAID","blob":"\u00ff"})");
    std::string why;
    const auto bytes = codec.encode(value, why);
    REQUIRE_MESSAGE(bytes, why);
    // long 1 → zigzag 02; "ab" → 04 'a' 'b'; 0.5 little-endian double; union branch 0;
    // array of one block (02) "x" (02 'x') then 00; enum 1 → 02; bytes [ff] → 02 ff.
    CHECK(*bytes ==
          "\x02\x04"
          "ab"
          "\x00\x00\x00\x00\x00\x00\xe0\x3f"
          "\x00"
          "\x02\x02x\x00"
          "\x02"
          "\x02\xff"s);
    const auto back = codec.decode(*bytes, why);
    REQUIRE_MESSAGE(back, why);
    CHECK(*back == value);
}

TEST_CASE("Avro unions: plain values by default, tagged on request") {
    // id 1, item "ab", price 0.5, note: branch 1 (string) "hi", no tags, NEW, no bytes.
    const std::string bytes =
        "\x02\x04"
        "ab"
        "\x00\x00\x00\x00\x00\x00\xe0\x3f"
        "\x02\x04hi"
        "\x00\x00\x00"s;
    std::string why;
    kfk::AvroCodec plain(avro_schema(order_schema), kfk::AvroUnions::plain);
    const auto p = plain.decode(bytes, why);
    REQUIRE_MESSAGE(p, why);
    CHECK((*p)["note"] == "hi");
    kfk::AvroCodec tagged(avro_schema(order_schema), kfk::AvroUnions::tagged);
    const auto t = tagged.decode(bytes, why);
    REQUIRE_MESSAGE(t, why);
    CHECK((*t)["note"] == ordered_json{{"string", "hi"}});
    // Each reads its own convention back to the same bytes.
    CHECK(plain.encode(*p, why) == bytes);
    CHECK(tagged.encode(*t, why) == bytes);
}

TEST_CASE("Avro tagged unions name record branches by full name") {
    const char* schema = R"({"type":"record","name":"W","fields":[{"name":"u","type":
        ["null",{"type":"record","name":"P","namespace":"geo","fields":[{"name":"x","type":"int"}]},"long"]}]})";
    kfk::AvroCodec tagged(avro_schema(schema), kfk::AvroUnions::tagged);
    std::string why;
    const auto bytes = tagged.encode(ordered_json::parse(R"({"u":{"geo.P":{"x":3}}})"), why);
    REQUIRE_MESSAGE(bytes, why);
    CHECK(*bytes == "\x02\x06"s);
    CHECK(*tagged.decode(*bytes, why) == ordered_json::parse(R"({"u":{"geo.P":{"x":3}}})"));
    CHECK_FALSE(tagged.encode(ordered_json::parse(R"({"u":{"Q":{"x":3}}})"), why));
    CHECK(why == "does not fit Avro schema 7 at .u: 'Q' is not a branch of the union");
    kfk::AvroCodec plain(avro_schema(schema), kfk::AvroUnions::plain);
    CHECK(*plain.encode(ordered_json::parse(R"({"u":5})"), why) == "\x04\x0a"s);
}

TEST_CASE("Avro: a value that does not fit says where and why") {
    kfk::AvroCodec codec(avro_schema(order_schema), kfk::AvroUnions::plain);
    std::string why;
    auto misfit = [&](const char* json) {
        CHECK_FALSE(codec.encode(ordered_json::parse(json), why));
        return why;
    };
    CHECK(misfit(
              R"({"id":"x","item":"a","price":1,"note":null,"tags":[],"state":"NEW","blob":""})") ==
          "does not fit Avro schema 7 at .id: expected an integer, got string");
    CHECK(misfit(R"({"id":1,"item":"a","price":1,"note":null,"tags":[],"state":"NEW"})") ==
          "does not fit Avro schema 7 at .blob: missing field");
    CHECK(
        misfit(R"({"id":1,"item":"a","price":1,"note":null,"tags":[3],"state":"NEW","blob":""})") ==
        "does not fit Avro schema 7 at .tags[0]: expected a string, got number");
    CHECK(
        misfit(R"({"id":1,"item":"a","price":1,"note":null,"tags":[],"state":"OLD","blob":""})") ==
        "does not fit Avro schema 7 at .state: 'OLD' is not a symbol of com.acme.State");
    CHECK(misfit(R"({"id":1,"item":"a","price":1,"note":7,"tags":[],"state":"NEW","blob":""})") ==
          "does not fit Avro schema 7 at .note: fits no branch of the union (number)");
    CHECK(
        misfit(
            R"({"id":1,"item":"a","price":1,"note":null,"tags":[],"state":"NEW","blob":"","x":1})") ==
        "does not fit Avro schema 7 at .x: not a field of record com.acme.Order");
    CHECK(misfit("[1]") ==
          "does not fit Avro schema 7: expected an object (record com.acme.Order), got array");
}

TEST_CASE("Avro: bytes that do not decode") {
    kfk::AvroCodec codec(
        avro_schema(R"({"type":"record","name":"R","fields":[{"name":"s","type":"string"}]})"),
        kfk::AvroUnions::plain);
    std::string why;
    CHECK_FALSE(
        codec.decode("\x10"
                     "ab"s,
                     why));  // a string of 8 bytes, 2 present
    CHECK(why.starts_with("not Avro of schema 7: "));
}

TEST_CASE("Avro: an unparsable schema is an error naming its id") {
    CHECK_THROWS_AS(kfk::AvroCodec(avro_schema(R"({"type":"nope"})", 9), kfk::AvroUnions::plain),
                    kfk::Error);
}

TEST_CASE("Avro references: named types written in at their first use") {
    const std::vector<kfk::ResolvedReference> refs{
        {"geo.Point",
         R"({"type":"record","name":"Point","namespace":"geo","fields":[{"name":"x","type":"int"}]})"}};
    const std::string main =
        R"({"type":"record","name":"Trip","fields":[{"name":"from","type":"geo.Point"},{"name":"to","type":"geo.Point"}]})";
    const auto inlined = nlohmann::json::parse(kfk::inline_avro_references(main, refs));
    CHECK(inlined["fields"][0]["type"]["name"] == "Point");
    CHECK(inlined["fields"][1]["type"] == "geo.Point");
    kfk::Schema schema = avro_schema(main);
    schema.resolved = refs;
    kfk::AvroCodec codec(schema, kfk::AvroUnions::plain);
    std::string why;
    CHECK(*codec.encode(ordered_json::parse(R"({"from":{"x":1},"to":{"x":-1}})"), why) ==
          "\x02\x01"s);
}
