// Lag in time, data loss, lag bounds and sorting: the pure parts, on hand-made rows.

#include "kfk/group/lag_time.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"
#include "kfk/group/data_loss.hpp"
#include "kfk/group/lag_sort.hpp"
#include "kfk/group/lag_threshold.hpp"
#include "kfk/render/age_text.hpp"

using namespace std::chrono_literals;

namespace {

kfk::PartitionLag row(int partition, std::optional<std::int64_t> committed,
                      std::optional<std::int64_t> high, std::optional<std::int64_t> low = 0) {
    kfk::PartitionLag p;
    p.topic = "orders";
    p.partition = partition;
    p.committed = committed;
    p.high = high;
    p.lag = kfk::lag_between(committed, high);
    p.low = low;
    return p;
}

}  // namespace

TEST_CASE("next read offsets: lagging partitions only, from the low watermark when trimmed") {
    auto lagging = row(0, 5, 10);
    auto caught_up = row(1, 10, 10);
    auto trimmed = row(2, 2, 10, 7);
    auto never = row(3, std::nullopt, 10);
    CHECK(kfk::next_read_offset(lagging) == 5);
    CHECK_FALSE(kfk::next_read_offset(caught_up));
    CHECK(kfk::next_read_offset(trimmed) == 7);
    CHECK_FALSE(kfk::next_read_offset(never));
    const auto rounds = kfk::peek_rounds({&lagging, &caught_up, &trimmed, &never});
    REQUIRE(rounds.size() == 1);
    CHECK(rounds[0] ==
          std::map<kfk::PartitionKey, std::int64_t>{{{"orders", 0}, 5}, {{"orders", 2}, 7}});
}

TEST_CASE("groups that resume one partition from different offsets are peeked in rounds") {
    auto behind = row(0, 5, 100);  // one group, far behind
    auto ahead = row(0, 90, 100);  // another group on the same partition
    auto same = row(0, 90, 100);   // a third at the same offset: no round of its own
    auto other = row(1, 3, 10);
    const auto rounds = kfk::peek_rounds({&behind, &ahead, &same, &other});
    REQUIRE(rounds.size() == 2);
    CHECK(rounds[0] ==
          std::map<kfk::PartitionKey, std::int64_t>{{{"orders", 0}, 5}, {{"orders", 1}, 3}});
    CHECK(rounds[1] == std::map<kfk::PartitionKey, std::int64_t>{{{"orders", 0}, 90}});

    std::vector<kfk::PeekRound> peeked(2);
    peeked[0].offsets = rounds[0];
    peeked[0].peeked.messages[{"orders", 0}] = {5, 100'000, 10};
    peeked[0].peeked.messages[{"orders", 1}] = {3, 400'000, 10};
    peeked[1].offsets = rounds[1];
    peeked[1].peeked.messages[{"orders", 0}] = {90, 990'000, 10};
    kfk::apply_lag_times({&behind, &ahead, &same, &other}, peeked, 1'000'000);
    CHECK(behind.lag_ms == 900'000);  // its own next message, not the other group's
    CHECK(ahead.lag_ms == 10'000);
    CHECK(same.lag_ms == 10'000);
    CHECK(other.lag_ms == 600'000);
}

TEST_CASE("lag_ms is now minus the next message's timestamp, with a reason when unknown") {
    auto old = row(0, 5, 10);
    auto caught_up = row(1, 10, 10);
    auto no_commit = row(2, std::nullopt, 10);
    auto gone = row(3, 1, 10);
    auto silent = row(4, 1, 10);
    auto untimed = row(5, 1, 10);
    auto future = row(6, 1, 10);
    std::vector<kfk::PeekRound> rounds(1);
    rounds[0].offsets = kfk::peek_rounds({&old, &gone, &silent, &untimed, &future}).at(0);
    kfk::PeekResult& peeked = rounds[0].peeked;
    peeked.messages[{"orders", 0}] = {5, 400'000, 10};
    peeked.messages[{"orders", 5}] = {1, std::nullopt, 10};
    peeked.messages[{"orders", 6}] = {1, 1'500'000, 10};
    peeked.errors[{"orders", 3}] = "offset out of range";
    kfk::apply_lag_times({&old, &caught_up, &no_commit, &gone, &silent, &untimed, &future}, rounds,
                         1'000'000);
    CHECK(old.lag_ms == 600'000);
    CHECK_FALSE(old.lag_ms_reason);
    CHECK(caught_up.lag_ms == 0);
    CHECK(no_commit.lag_ms_reason == "no committed offset");
    CHECK(gone.lag_ms_reason == "cannot read the next message: offset out of range");
    CHECK(silent.lag_ms_reason == "the next message was not read within --timeout");
    CHECK(untimed.lag_ms_reason == "the next message has no timestamp");
    CHECK(future.lag_ms == 0);  // a producer's clock ahead of ours is not negative lag
    CHECK(kfk::max_lag_ms({old, caught_up, no_commit}) == 600'000);
    CHECK_FALSE(kfk::max_lag_ms({no_commit}));
}

TEST_CASE("data loss: lost below the low watermark, at risk near retention") {
    auto lost = row(0, 2, 10, 7);
    lost.lag_ms = 1'000;
    kfk::assess_loss(lost, 100'000, std::nullopt);
    CHECK(lost.loss == kfk::LossState::lost);
    CHECK(lost.lost == 5);

    auto risky = row(1, 2, 10);
    risky.lag_ms = 95'000;  // 5 s left of 100 s: below the default 10 %
    kfk::assess_loss(risky, 100'000, std::nullopt);
    CHECK(risky.loss == kfk::LossState::at_risk);
    CHECK(risky.retention_left_ms == 5'000);
    kfk::assess_loss(risky, 100'000, 1s);
    CHECK(risky.loss == kfk::LossState::ok);

    auto no_retention = row(2, 2, 10);
    no_retention.lag_ms = 95'000;
    kfk::assess_loss(no_retention, std::nullopt, std::nullopt);
    CHECK(no_retention.loss == kfk::LossState::ok);
    CHECK_FALSE(no_retention.retention_left_ms);

    CHECK(kfk::any_at_least({lost, risky}, kfk::LossState::lost));
    CHECK_FALSE(kfk::any_at_least({risky, no_retention}, kfk::LossState::at_risk));
    CHECK(kfk::to_string(kfk::LossState::at_risk) == "at_risk");
}

TEST_CASE("time retention applies only to delete topics with retention.ms set") {
    using E = kfk::ConfigEntry;
    CHECK(kfk::time_retention_ms({E{"retention.ms", "604800000", "default"}}) == 604'800'000);
    CHECK_FALSE(kfk::time_retention_ms({E{"retention.ms", "-1", "dynamic_topic"}}));
    CHECK_FALSE(kfk::time_retention_ms(
        {E{"cleanup.policy", "compact", "default"}, E{"retention.ms", "1000", "default"}}));
    CHECK(kfk::time_retention_ms({E{"cleanup.policy", "compact,delete", "default"},
                                  E{"retention.ms", "1000", "default"}}) == 1000);
}

TEST_CASE("lag thresholds: a bare number counts messages, a duration is time") {
    const auto count = kfk::parse_lag_threshold("10000", "--lag-above");
    CHECK_FALSE(count.is_time());
    CHECK(count.exceeded_by(10'001, std::nullopt));
    CHECK_FALSE(count.exceeded_by(10'000, 999'999'999));
    const auto time = kfk::parse_lag_threshold("5m", "--lag-above");
    CHECK(time.is_time());
    CHECK(time.exceeded_by(0, 300'001));
    CHECK_FALSE(time.exceeded_by(1'000'000, 300'000));
    CHECK_FALSE(time.exceeded_by(1'000'000, std::nullopt));
    CHECK_THROWS_WITH_AS(
        kfk::parse_lag_threshold("-1", "--lag-above"),
        "kfk: --lag-above: '-1' is negative (a message count of at least 0 or a duration, e.g. "
        "10000 or 5m)",
        kfk::Error);
    CHECK_THROWS_AS(kfk::parse_lag_threshold("5 parsecs", "--lag-above"), kfk::Error);
}

TEST_CASE("--sort lag|time orders partitions and topics worst first, unknown last") {
    auto a = row(0, 9, 10);
    a.lag_ms = 50;
    auto b = row(1, 0, 10);
    b.lag_ms = 10;
    auto c = row(2, 5, 10);
    kfk::GroupLag g = kfk::group_lag("g", "Empty", {a, b, c});
    kfk::sort_lag(g, kfk::LagSort::lag);
    CHECK(g.topics[0].partitions[0].partition == 1);
    CHECK(g.topics[0].partitions[2].partition == 0);
    kfk::sort_lag(g, kfk::LagSort::time);
    CHECK(g.topics[0].partitions[0].partition == 0);
    CHECK(g.topics[0].partitions[2].partition == 2);
    CHECK(kfk::parse_lag_sort("time") == kfk::LagSort::time);
    CHECK_FALSE(kfk::parse_lag_sort("size"));
}

TEST_CASE("ages read as two units at most") {
    CHECK(kfk::age_text(850) == "850ms");
    CHECK(kfk::age_text(12'449) == "12.4s");
    CHECK(kfk::age_text(603'000) == "10m3s");
    CHECK(kfk::age_text(8'100'000) == "2h15m");
    CHECK(kfk::age_text(273'600'000) == "3d4h");
    CHECK(kfk::age_text(std::optional<std::int64_t>{}) == "-");
}
