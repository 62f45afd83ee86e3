// kfk top's rates, trends and ETAs from two hand-made samples, and its screen.

#include "kfk/top/top_rates.hpp"

#include <doctest/doctest.h>

#include "kfk/render/top_render.hpp"

using namespace std::chrono_literals;

namespace {

kfk::GroupLag group(std::int64_t committed0, std::int64_t high0) {
    kfk::PartitionLag p;
    p.topic = "orders";
    p.partition = 0;
    p.committed = committed0;
    p.high = high0;
    p.lag = kfk::lag_between(p.committed, p.high);
    p.lag_ms = p.lag.value_or(0) * 10;
    return kfk::group_lag("billing", "Stable", {p});
}

kfk::TopSample sample(std::chrono::steady_clock::time_point at, std::int64_t high0,
                      std::int64_t high1, std::int64_t committed) {
    kfk::TopSample s;
    s.at = at;
    s.epoch_ms = 1'764'064'800'000;
    s.highs["orders"] = {{0, high0}, {1, high1}};
    s.message_bytes["orders"] = 100;
    s.groups = {group(committed, high0)};
    return s;
}

}  // namespace

TEST_CASE("top: input rate, bytes, skew, consume rate and ETA from two samples") {
    const auto t0 = std::chrono::steady_clock::time_point{} + 1h;
    const kfk::TopSample before = sample(t0, 100, 100, 0);
    const kfk::TopSample after = sample(t0 + 2s, 400, 200, 500);
    const kfk::TopView view = kfk::top_view(before, after);
    CHECK(view.interval_sec == doctest::Approx(2.0));
    REQUIRE(view.topics.size() == 1);
    CHECK(view.topics[0].partitions == 2);
    CHECK(view.topics[0].messages_per_sec == doctest::Approx(200.0));  // 400 in 2 s
    CHECK(view.topics[0].bytes_per_sec == doctest::Approx(20'000.0));
    CHECK(view.topics[0].skew == doctest::Approx(0.75));
    REQUIRE(view.groups.size() == 1);
    const kfk::GroupFlow& g = view.groups[0];
    CHECK(g.consume_per_sec == doctest::Approx(250.0));
    CHECK(g.lag == 0);  // committed 500 > high 400: clamped
    CHECK(g.trend == kfk::LagTrend::falling);
    CHECK_FALSE(g.eta_sec);
    CHECK_FALSE(g.falling_behind);

    // Lag 100 -> 50 on partition 0: consumed 70, produced 20 in 2 s, so it drains 25/s
    // net and the 50 left take 2 s.
    const kfk::TopView draining =
        kfk::top_view(sample(t0, 100, 100, 0), sample(t0 + 2s, 120, 100, 70));
    CHECK(draining.groups[0].lag == 50);
    CHECK(draining.groups[0].eta_sec == doctest::Approx(2.0));
    // Nothing consumed while the topic grows: falling behind.
    const kfk::TopView behind =
        kfk::top_view(sample(t0, 100, 100, 50), sample(t0 + 2s, 200, 100, 50));
    CHECK(behind.groups[0].falling_behind);
    CHECK(behind.groups[0].trend == kfk::LagTrend::rising);
    // Nothing consumed and nothing produced: a steady lag, neither an ETA nor behind.
    const kfk::TopView idle =
        kfk::top_view(sample(t0, 100, 100, 50), sample(t0 + 2s, 100, 100, 50));
    CHECK(idle.groups[0].lag == 50);
    CHECK(idle.groups[0].trend == kfk::LagTrend::steady);
    CHECK_FALSE(idle.groups[0].eta_sec);
    CHECK_FALSE(idle.groups[0].falling_behind);
}

TEST_CASE("top: the screen has a header, a topic table and a group table, cut to size") {
    const auto t0 = std::chrono::steady_clock::time_point{} + 1h;
    kfk::TopView view = kfk::top_view(sample(t0, 100, 100, 50), sample(t0 + 2s, 200, 100, 50));
    const auto lines = kfk::top_screen(view, kfk::TopSort::name, 120, 40);
    REQUIRE(lines.size() >= 6);
    CHECK(lines[0].starts_with("kfk top - "));
    CHECK(lines[0].find("sort: name") != std::string::npos);
    CHECK(lines[2].starts_with("TOPIC"));
    CHECK(lines[3].starts_with("orders"));
    CHECK(lines[5].starts_with("GROUP"));
    CHECK(lines[6].find("falling behind") != std::string::npos);
    const auto narrow = kfk::top_screen(view, kfk::TopSort::name, 20, 4);
    CHECK(narrow.size() == 4);
    CHECK(narrow[0].size() <= 20);
    CHECK(narrow[3].starts_with("... "));
    CHECK(kfk::next_sort(kfk::TopSort::lag) == kfk::TopSort::name);
}
