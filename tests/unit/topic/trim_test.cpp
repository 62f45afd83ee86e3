// topic trim's pure parts: --before, the plan (clamping) and its table and JSON.

#include "kfk/topic/trim.hpp"

#include <doctest/doctest.h>

#include "../render/draw.hpp"
#include "kfk/error.hpp"
#include "kfk/render/trim_render.hpp"

using namespace kfk;
using Kind = TrimTarget::Kind;

namespace {

const auto now =
    std::chrono::system_clock::time_point(std::chrono::milliseconds(1'800'000'000'000));

}  // namespace

TEST_CASE("--before parses offsets, times and end") {
    CHECK(parse_trim_target("42", now) == TrimTarget{Kind::offset, 42});
    CHECK(parse_trim_target("end", now) == TrimTarget{Kind::end, 0});
    CHECK(parse_trim_target("@-1s", now) == TrimTarget{Kind::timestamp, 1'799'999'999'000});
    CHECK(parse_trim_target("@1700000000000", now) ==
          TrimTarget{Kind::timestamp, 1'700'000'000'000});
    for (const char* bad : {"", "-1", "x", "12x", "earliest"}) {
        CAPTURE(bad);
        try {
            parse_trim_target(bad, now);
            FAIL("accepted");
        } catch (const Error& e) {
            CHECK(e.code() == ExitCode::usage);
            CHECK(e.line().starts_with("kfk: --before: "));
        }
    }
}

TEST_CASE("the trim plan keeps each new start within the log") {
    const std::vector<TrimInput> inputs{{1, 40, 40, std::nullopt}, {0, 10, 120, 30}};
    const TrimPlan at_offset = plan_trim("orders", {Kind::offset, 100}, inputs);
    REQUIRE(at_offset.partitions.size() == 2);
    CHECK(at_offset.partitions[0] == PartitionTrim{0, 10, 100, 120});
    CHECK(at_offset.partitions[0].removed() == 90);
    CHECK(at_offset.partitions[1] == PartitionTrim{1, 40, 40, 40});  // never past high
    CHECK(plan_trim("orders", {Kind::offset, 5}, inputs).partitions[0].new_low == 10);
    CHECK(plan_trim("orders", {Kind::end, 0}, inputs).partitions[0].new_low == 120);
    const TrimPlan at_time = plan_trim("orders", {Kind::timestamp, 1}, inputs);
    CHECK(at_time.partitions[0].new_low == 30);
    CHECK(at_time.partitions[1].new_low == 40);  // nothing that recent: all of it
}

TEST_CASE("the trim plan renders as a table and as JSON") {
    const TrimPlan plan = plan_trim("orders", {Kind::offset, 100}, {{0, 0, 120, std::nullopt}});
    CHECK(test::draw(plan) ==
          "TOPIC   PARTITION  LOW  NEW LOW  HIGH  REMOVED\n"
          "orders          0    0      100   120      100\n");
    CHECK(nlohmann::json::parse(test::draw(plan, OutputFormat::json)) ==
          nlohmann::json::parse(R"({"topic": "orders", "before": "offset 100", "executed": false,
              "partitions": [{"partition": 0, "low": 0, "new_low": 100, "high": 120,
                              "removed": 100}]})"));
}
