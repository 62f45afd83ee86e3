#include "kfk/schema/protobuf_codec.hpp"

#include <doctest/doctest.h>

#include <string>

#include "kfk/error.hpp"

using namespace std::string_literals;
using nlohmann::ordered_json;

namespace {

kfk::Schema proto_schema(const std::string& text) {
    kfk::Schema schema;
    schema.id = 4;
    schema.type = kfk::SchemaType::protobuf;
    schema.text = text;
    return schema;
}

const char* order_proto = R"(syntax = "proto3";
package shop;
message Order {
  int32 id = 1;
  string item = 2;
  message Line { string sku = 1; }
  repeated Line lines = 3;
}
message Other { bool flag = 1; }
)";

}  // namespace

TEST_CASE("Protobuf: the first message, framed with the index path [0]") {
    kfk::ProtobufCodec codec(proto_schema(order_proto));
    std::string why;
    const auto value = ordered_json::parse(R"({"id":150,"item":"ab","lines":[{"sku":"x"}]})");
    const auto bytes = codec.encode(value, why);
    REQUIRE_MESSAGE(bytes, why);
    // [0] → 00; field 1 varint 150 → 08 96 01; field 2 "ab" → 12 02 'a' 'b';
    // field 3 Line{sku "x"} → 1a 03 0a 01 'x'.
    CHECK(*bytes ==
          "\x00\x08\x96\x01\x12\x02"
          "ab"
          "\x1a\x03\x0a\x01x"s);
    const auto back = codec.decode(*bytes, why);
    REQUIRE_MESSAGE(back, why);
    CHECK(*back == value);
}

TEST_CASE("Protobuf: the message index path picks nested and later messages") {
    kfk::ProtobufCodec codec(proto_schema(order_proto));
    std::string why;
    // [1] (Other): 02 02; flag true → 08 01.
    CHECK(*codec.decode("\x02\x02\x08\x01"s, why) == ordered_json::parse(R"({"flag":true})"));
    // [0, 0] (Order.Line): 04 00 00; sku "y" → 0a 01 'y'.
    CHECK(*codec.decode("\x04\x00\x00\x0a\x01y"s, why) == ordered_json::parse(R"({"sku":"y"})"));
    CHECK_FALSE(codec.decode("\x02\x08"s, why));
    CHECK(why == "message index path not in Protobuf schema 4");
    CHECK_FALSE(codec.decode("\x00\xff"s, why));
    CHECK(why == "not a shop.Order of Protobuf schema 4");
}

TEST_CASE("Protobuf: a value that does not fit, a schema that does not compile") {
    kfk::ProtobufCodec codec(proto_schema(order_proto));
    std::string why;
    CHECK_FALSE(codec.encode(ordered_json::parse(R"({"id":"x"})"), why));
    CHECK(why.starts_with("does not fit shop.Order of Protobuf schema 4: "));
    CHECK_THROWS_AS(kfk::ProtobufCodec(proto_schema("syntax = \"proto3\"; message {")), kfk::Error);
}

TEST_CASE("Protobuf: imports come from the references and the well-known types") {
    kfk::Schema schema = proto_schema(R"(syntax = "proto3";
import "common/money.proto";
import "google/protobuf/timestamp.proto";
message Price { common.Money amount = 1; google.protobuf.Timestamp at = 2; })");
    schema.resolved.push_back(
        {"common/money.proto",
         "syntax = \"proto3\"; package common; message Money { int64 cents = 1; }"});
    kfk::ProtobufCodec codec(schema);
    std::string why;
    const auto value =
        ordered_json::parse(R"({"amount":{"cents":"5"},"at":"1970-01-01T00:00:01Z"})");
    const auto bytes = codec.encode(value, why);
    REQUIRE_MESSAGE(bytes, why);
    CHECK(*codec.decode(*bytes, why) == value);
}
