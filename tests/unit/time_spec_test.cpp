#include "kfk/time_spec.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

namespace {
const auto now =
    std::chrono::system_clock::time_point(std::chrono::milliseconds(1'800'000'000'000));
std::int64_t parse(const char* text) { return kfk::parse_time_spec(text, now, "--from"); }
}  // namespace

TEST_CASE("epoch milliseconds") {
    CHECK(parse("@0") == 0);
    CHECK(parse("@1764064800000") == 1764064800000);
}

TEST_CASE("RFC 3339 with Z, offsets and fractions") {
    CHECK(parse("@2025-11-25T10:00:00Z") == 1764064800000);
    CHECK(parse("@2025-11-25t10:00:00z") == 1764064800000);
    CHECK(parse("@2025-11-25 10:00:00Z") == 1764064800000);
    CHECK(parse("@2025-11-25T11:00:00+01:00") == 1764064800000);
    CHECK(parse("@2025-11-25T04:30:00-05:30") == 1764064800000);
    CHECK(parse("@2025-11-25T10:00:00.250Z") == 1764064800250);
    CHECK(parse("@2025-11-25T10:00:00.1Z") == 1764064800100);
    CHECK(parse("@2025-11-25T10:00:00.123456789Z") == 1764064800123);
    CHECK(parse("@1970-01-01T00:00:00Z") == 0);
    CHECK(parse("@2024-02-29T00:00:00Z") == 1709164800000);
}

TEST_CASE("durations before now") {
    CHECK(parse("@-15m") == 1'800'000'000'000 - 900'000);
    CHECK(parse("@-1h30m") == 1'800'000'000'000 - 5'400'000);
    CHECK(parse("@-0s") == 1'800'000'000'000);
}

TEST_CASE("malformed times are usage errors") {
    for (const char* bad :
         {"", "@", "2025-11-25T10:00:00Z", "@2025-11-25T10:00:00", "@2025-13-01T00:00:00Z",
          "@2025-02-29T00:00:00Z", "@2025-11-25T24:00:00Z", "@2025-11-25T10:00Z",
          "@2025-11-25T10:00:00.Z", "@2025-11-25T10:00:00+1:00", "@-", "@-15q", "@12x",
          "@2025-11-25T10:00:00Zjunk"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse(bad), kfk::Error);
    }
}

namespace {
std::string message_of(const char* text) {
    try {
        parse(text);
    } catch (const kfk::Error& e) {
        return e.line();
    }
    return "";
}
}  // namespace

TEST_CASE("ten digits are epoch seconds, refused with the milliseconds spelled") {
    CHECK_THROWS_AS(parse("@1796160388"), kfk::Error);
    CHECK(message_of("@1796160388").find("epoch seconds") != std::string::npos);
    CHECK(message_of("@1796160388").find("@1796160388000") != std::string::npos);
    CHECK_THROWS_AS(parse("@1000000000"), kfk::Error);
    CHECK(parse("@999999999") == 999999999);
    CHECK(parse("@10000000000") == 10000000000);
    CHECK(parse("@1796160388000") == 1796160388000);
}

TEST_CASE("a date alone is midnight UTC") {
    CHECK(parse("@2025-11-25") == 1764028800000);
    CHECK(parse("@1970-01-01") == 0);
    CHECK_THROWS_AS(parse("@2025-02-29"), kfk::Error);
    CHECK_THROWS_AS(parse("@2025-11-25T"), kfk::Error);
}

TEST_CASE("a time without a zone says the zone is missing") {
    CHECK(message_of("@2025-11-25T10:00:00").find("time zone is missing") != std::string::npos);
    CHECK(message_of("@2025-11-25T10:00:00.5").find("time zone is missing") != std::string::npos);
    CHECK(message_of("@2025-11-25T10:00Z").find("time zone") == std::string::npos);
}
