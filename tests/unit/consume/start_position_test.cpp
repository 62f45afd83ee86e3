#include "kfk/consume/start_position.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

using kfk::StartPosition;
using Kind = StartPosition::Kind;

namespace {
const auto now = std::chrono::system_clock::time_point(std::chrono::milliseconds(1764064800000));
StartPosition parse(const char* text) { return kfk::parse_start_position(text, now); }
}  // namespace

TEST_CASE("--from specs") {
    CHECK(parse("beginning") == StartPosition{Kind::beginning, 0});
    CHECK(parse("end") == StartPosition{Kind::end, 0});
    CHECK(parse("stored") == StartPosition{Kind::stored, 0});
    CHECK(parse("earliest") == StartPosition{Kind::beginning, 0});
    CHECK(parse("latest") == StartPosition{Kind::end, 0});
    CHECK(parse("0") == StartPosition{Kind::absolute, 0});
    CHECK(parse("1234") == StartPosition{Kind::absolute, 1234});
    CHECK(parse("-10") == StartPosition{Kind::from_end, 10});
    CHECK(parse("@1764064800000") == StartPosition{Kind::timestamp, 1764064800000});
    CHECK(parse("@2025-11-25T10:00:00Z") == StartPosition{Kind::timestamp, 1764064800000});
    CHECK(parse("@-15m") == StartPosition{Kind::timestamp, 1764064800000 - 15 * 60'000});
}

TEST_CASE("bad --from specs are usage errors") {
    for (const char* bad :
         {"", "start", "-", "--5", "1e3", "@", "@yesterday", "@-15x", " 5", "5 "}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse(bad), kfk::Error);
    }
}
