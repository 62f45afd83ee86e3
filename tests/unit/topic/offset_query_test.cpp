#include "kfk/topic/offset_query.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

using kfk::OffsetQuery;
using Kind = OffsetQuery::Kind;

namespace {
const auto now = std::chrono::system_clock::time_point(std::chrono::milliseconds(1764064800000));
OffsetQuery parse(const char* text) { return kfk::parse_offset_query(text, now, "--at"); }
}  // namespace

TEST_CASE("--at positions: beginning|earliest, end|latest, @TIME, @-DURATION") {
    CHECK(parse("beginning") == OffsetQuery{Kind::beginning, 0});
    CHECK(parse("earliest") == OffsetQuery{Kind::beginning, 0});
    CHECK(parse("end") == OffsetQuery{Kind::end, 0});
    CHECK(parse("latest") == OffsetQuery{Kind::end, 0});
    CHECK(parse("@1764064800000") == OffsetQuery{Kind::timestamp, 1764064800000});
    CHECK(parse("@2025-11-25T10:00:00Z") == OffsetQuery{Kind::timestamp, 1764064800000});
    CHECK(parse("@-1h") == OffsetQuery{Kind::timestamp, 1764064800000 - 3'600'000});
}

TEST_CASE("bad --at positions are usage errors naming --at") {
    for (const char* bad : {"", "start", "5", "-5", "stored", "@", "@soon"}) {
        CAPTURE(bad);
        try {
            parse(bad);
            FAIL("accepted");
        } catch (const kfk::Error& e) {
            CHECK(e.code() == kfk::ExitCode::usage);
            CHECK(e.line().find("kfk: --at: ") == 0);
        }
    }
}
