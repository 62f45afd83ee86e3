#include "kfk/schema/wire_format.hpp"

#include <doctest/doctest.h>

#include <string>

#include "kfk/error.hpp"
#include "kfk/schema/value_codec.hpp"

using namespace std::string_literals;
using namespace std::string_view_literals;

TEST_CASE("schema frame: magic byte, big-endian id, payload") {
    CHECK(kfk::frame_header(258) == "\0\0\0\x01\x02"s);
    std::string why;
    const std::string bytes = "\0\0\0\x01\x02payload"s;  // rest points into it
    const auto framed = kfk::unframe(bytes, why);
    REQUIRE(framed);
    CHECK(framed->id == 258);
    CHECK(framed->rest == "payload");
}

TEST_CASE("schema frame: unframed bytes say why") {
    std::string why;
    CHECK_FALSE(kfk::unframe("{\"a\":1}", why));
    CHECK(why == "not schema-framed: first byte 0x7b, not 0");
    CHECK_FALSE(kfk::unframe("\0\0\0"s, why));
    CHECK(why == "not schema-framed: 3 bytes, shorter than a header");
    CHECK_FALSE(kfk::unframe("", why));
    CHECK(why == "not schema-framed: empty");
}

TEST_CASE("schema frame: Protobuf message indexes as zigzag varints") {
    CHECK(kfk::message_indexes({0}) == "\0"s);
    CHECK(kfk::message_indexes({0, 0}) == "\x04\x00\x00"s);
    CHECK(kfk::message_indexes({1}) == "\x02\x02"s);
    std::string_view rest = "\x04\x02\x00tail"sv;  // sv: the 0 byte belongs to it
    const auto path = kfk::read_message_indexes(rest);
    REQUIRE(path);
    CHECK(*path == std::vector<std::int32_t>{1, 0});
    CHECK(rest == "tail");
    std::string_view first = "\0x"sv;
    CHECK(*kfk::read_message_indexes(first) == std::vector<std::int32_t>{0});
    std::string_view truncated = "\x04\x02";
    CHECK_FALSE(kfk::read_message_indexes(truncated));
}

TEST_CASE("--decode/--encode PART=FORMAT") {
    CHECK(kfk::parse_part_format("value=avro", "--decode").format == kfk::SchemaFormat::avro);
    CHECK(kfk::parse_part_format("key=auto", "--decode").part == kfk::MessagePart::key);
    CHECK(kfk::parse_part_format("value=json-schema", "--decode").format ==
          kfk::SchemaFormat::json_schema);
    auto why = [](const char* text) {
        try {
            (void)kfk::parse_part_format(text, "--decode");
        } catch (const kfk::Error& e) {
            CHECK(e.code() == kfk::ExitCode::usage);
            return e.what_failed() + ": " + e.why();
        }
        return std::string("no error");
    };
    CHECK(why("avro") == "--decode avro: expected key=FORMAT or value=FORMAT");
    CHECK(why("value=thrift") == "--decode value=thrift: unknown format 'thrift'");
}
