// group reset's pure parts: --to targets, --topic T:P,... and the plan (clamping).

#include <doctest/doctest.h>

#include "kfk/error.hpp"
#include "kfk/group/reset_plan.hpp"
#include "kfk/group/reset_target.hpp"
#include "kfk/group/topic_partitions_arg.hpp"

using kfk::ResetInput;
using kfk::ResetTarget;
using Kind = kfk::ResetTarget::Kind;

namespace {

const auto now =
    std::chrono::system_clock::time_point(std::chrono::milliseconds(1'800'000'000'000));

ResetTarget target(const char* text) { return kfk::parse_reset_target(text, now); }

// The exit code and stderr line a bad --to value gives.
std::string usage_line(const char* text) {
    try {
        target(text);
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        return e.line();
    }
    FAIL("'" << text << "' was accepted");
    return {};
}

ResetInput partition(std::optional<std::int64_t> committed, std::int64_t low, std::int64_t high,
                     std::optional<std::int64_t> at_time = std::nullopt) {
    return ResetInput{"orders", 0, committed, low, high, at_time, std::nullopt};
}

}  // namespace

TEST_CASE("--to parses every target kind") {
    CHECK(target("earliest") == ResetTarget{Kind::earliest, 0});
    CHECK(target("latest") == ResetTarget{Kind::latest, 0});
    CHECK(target("beginning") == ResetTarget{Kind::earliest, 0});
    CHECK(target("end") == ResetTarget{Kind::latest, 0});
    CHECK(target("0") == ResetTarget{Kind::offset, 0});
    CHECK(target("1234") == ResetTarget{Kind::offset, 1234});
    CHECK(target("@1764064800000") == ResetTarget{Kind::timestamp, 1764064800000});
    CHECK(target("@2025-11-25T10:00:00Z") == ResetTarget{Kind::timestamp, 1764064800000});
    CHECK(target("@-15m") == ResetTarget{Kind::timestamp, 1'800'000'000'000 - 15 * 60'000});
    CHECK(target("shift:+5") == ResetTarget{Kind::shift, 5});
    CHECK(target("shift:5") == ResetTarget{Kind::shift, 5});
    CHECK(target("shift:-100") == ResetTarget{Kind::shift, -100});
    CHECK(target("shift:0") == ResetTarget{Kind::shift, 0});
}

TEST_CASE("--to rejects anything else as a usage error with the accepted forms") {
    CHECK(usage_line("start") ==
          "kfk: --to: 'start' is not a reset target (earliest|beginning, latest|end, OFFSET, "
          "@TIMESTAMP, @-DURATION or shift:+N/shift:-N)");
    CHECK(usage_line("-5").find("'-5' is a negative offset") != std::string::npos);
    CHECK(usage_line("shift:").find("not a shift by a whole number") != std::string::npos);
    CHECK(usage_line("shift:+-3").find("not a shift") != std::string::npos);
    CHECK(usage_line("shift:1x").find("not a shift") != std::string::npos);
    CHECK(usage_line("12abc").find("not a reset target") != std::string::npos);
    CHECK(usage_line("99999999999999999999").find("not a reset target") != std::string::npos);
    CHECK(usage_line("").find("not a reset target") != std::string::npos);
    CHECK(usage_line("@yesterday").find("kfk: --to: invalid time") == 0);
    CHECK(usage_line("Earliest").find("not a reset target") != std::string::npos);
}

TEST_CASE("targets print for JSON and notes") {
    CHECK(kfk::to_string(target("earliest")) == "earliest");
    CHECK(kfk::to_string(target("42")) == "offset 42");
    CHECK(kfk::to_string(target("shift:-3")) == "shift -3");
    CHECK(kfk::to_string(target("shift:3")) == "shift +3");
    CHECK(kfk::to_string(target("@5")) == "@5");
}

TEST_CASE("--topic TOPIC and TOPIC:P,P") {
    CHECK(kfk::parse_topic_partitions("orders", "--topic") == kfk::TopicPartitions{"orders", {}});
    CHECK(kfk::parse_topic_partitions("orders:0", "--topic") ==
          kfk::TopicPartitions{"orders", {0}});
    CHECK(kfk::parse_topic_partitions("a.b-c_d:2,0,2", "--topic") ==
          kfk::TopicPartitions{"a.b-c_d", {2, 0}});
    for (const char* bad : {"orders:", "orders:1,", "orders:x", "orders:-1", "orders:1:2", ":1",
                            "bad topic", "a:1,,2"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(kfk::parse_topic_partitions(bad, "--topic"), kfk::Error);
    }
}

TEST_CASE("each target's new offset, clamped to the log") {
    // A partition holding offsets 100..199 (high watermark 200), committed at 150.
    const ResetInput p = partition(150, 100, 200);
    CHECK(kfk::reset_offset(target("earliest"), p) == 100);
    CHECK(kfk::reset_offset(target("latest"), p) == 200);
    CHECK(kfk::reset_offset(target("120"), p) == 120);
    CHECK(kfk::reset_offset(target("5"), p) == 100);    // before the log start
    CHECK(kfk::reset_offset(target("900"), p) == 200);  // past the end
    CHECK(kfk::reset_offset(target("shift:-30"), p) == 120);
    CHECK(kfk::reset_offset(target("shift:+30"), p) == 180);
    CHECK(kfk::reset_offset(target("shift:-1000"), p) == 100);
    CHECK(kfk::reset_offset(target("shift:+1000"), p) == 200);
    CHECK(kfk::reset_offset(target("shift:-9223372036854775807"), p) == 100);  // no overflow
    CHECK(kfk::reset_offset(target("shift:+9223372036854775807"), p) == 200);
    // Time: the broker's answer, or the end when no message is that recent.
    CHECK(kfk::reset_offset(target("@5"), partition(150, 100, 200, 170)) == 170);
    CHECK(kfk::reset_offset(target("@5"), partition(150, 100, 200)) == 200);
}

TEST_CASE("a shift without a committed offset starts at the log end, and an empty log stays put") {
    CHECK(kfk::reset_offset(target("shift:-3"), partition(std::nullopt, 10, 20)) == 17);
    CHECK(kfk::reset_offset(target("shift:+3"), partition(std::nullopt, 10, 20)) == 20);
    CHECK(kfk::reset_offset(target("latest"), partition(std::nullopt, 7, 7)) == 7);
    CHECK(kfk::reset_offset(target("earliest"), partition(std::nullopt, 7, 7)) == 7);
}

TEST_CASE("the plan keeps current offsets and sorts by topic and partition") {
    const std::vector<ResetInput> inputs{{"b", 1, 5, 0, 10, std::nullopt},
                                         {"a", 2, std::nullopt, 0, 4, std::nullopt},
                                         {"b", 0, 9, 0, 10, std::nullopt}};
    const kfk::ResetPlan plan = kfk::plan_reset("billing", target("shift:-2"), inputs);
    CHECK(plan.group == "billing");
    CHECK_FALSE(plan.executed);
    CHECK(plan.partitions == std::vector<kfk::PlannedOffset>{
                                 {"a", 2, std::nullopt, 2}, {"b", 0, 9, 7}, {"b", 1, 5, 3}});
}
