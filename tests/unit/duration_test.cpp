#include "kfk/duration.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

using namespace std::chrono_literals;
using kfk::try_parse_duration;

TEST_CASE("durations parse with units, and a bare number is seconds") {
    CHECK(try_parse_duration("500ms") == 500ms);
    CHECK(try_parse_duration("10s") == 10s);
    CHECK(try_parse_duration("15m") == 15min);
    CHECK(try_parse_duration("1h30m") == 90min);
    CHECK(try_parse_duration("2d") == 48h);
    CHECK(try_parse_duration("7") == 7s);
    CHECK(try_parse_duration("0") == 0ms);
}

TEST_CASE("malformed durations are refused") {
    for (const char* bad : {"", "s", "5x", "-5s", "1.5s", "1m30", "5 s", "99999999999999999999s"}) {
        CAPTURE(bad);
        CHECK_FALSE(try_parse_duration(bad).has_value());
    }
}

TEST_CASE("parse_duration names the flag in its usage error") {
    try {
        kfk::parse_duration("soon", "--timeout");
        FAIL("expected an error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        CHECK(e.line().rfind("kfk: --timeout: invalid duration 'soon'", 0) == 0);
    }
}

TEST_CASE("durations format to an exact spelling that parses back") {
    CHECK(kfk::format_duration(0ms) == "0s");
    CHECK(kfk::format_duration(250ms) == "250ms");
    CHECK(kfk::format_duration(1500ms) == "1s500ms");
    CHECK(kfk::format_duration(65100ms) == "1m5s100ms");
    CHECK(kfk::format_duration(36h) == "36h");
    CHECK(kfk::format_duration(10s) == "10s");
    CHECK(kfk::format_duration(2min) == "2m");
    CHECK(kfk::format_duration(3h) == "3h");
}
