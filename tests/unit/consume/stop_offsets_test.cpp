// StopOffsets: where `consume -e` and `consume --until` stop each partition.

#include "kfk/consume/stop_offsets.hpp"

#include <doctest/doctest.h>

using kfk::StopOffsets;

TEST_CASE("StopOffsets: a partition is done once reading reaches its stop, not before") {
    StopOffsets stops;
    CHECK_FALSE(stops.knows("t", 0));
    CHECK(stops.stop("t", 0) == -1);
    stops.set_stop("t", 0, 3);
    CHECK(stops.knows("t", 0));
    CHECK(stops.before_stop("t", 0, 2));
    CHECK_FALSE(stops.before_stop("t", 0, 3));
    CHECK_FALSE(stops.advance("t", 0, 2));
    CHECK_FALSE(stops.done("t", 0));
    CHECK(stops.advance("t", 0, 3));        // reached: reported once
    CHECK_FALSE(stops.advance("t", 0, 4));  // already done
    CHECK(stops.done("t", 0));
}

TEST_CASE("StopOffsets: a start past the stop is done at once") {
    StopOffsets stops;
    stops.set_stop("t", 0, 5);
    CHECK(stops.advance("t", 0, 8));  // --from 8 --until 5
    CHECK(stops.done("t", 0));
}

TEST_CASE("StopOffsets: the first stop learnt counts, also after a rebalance") {
    StopOffsets stops;
    stops.set_stop("t", 1, 5);
    stops.set_stop("t", 1, 9);  // the partition grew meanwhile
    CHECK(stops.stop("t", 1) == 5);
    CHECK_FALSE(stops.before_stop("t", 1, 5));
}

TEST_CASE("StopOffsets: an unknown stop shows everything and ends only by mark_done") {
    StopOffsets stops;
    CHECK(stops.before_stop("t", 0, 1'000'000));
    CHECK_FALSE(stops.advance("t", 0, 1'000'000));
    CHECK(stops.bounded("t", 0, 1'000'000) == 1'000'000);
    stops.mark_done("t", 0);
    CHECK(stops.done("t", 0));
}

TEST_CASE("StopOffsets: the position committed never passes the stop") {
    StopOffsets stops;
    stops.set_stop("t", 0, 5);
    CHECK(stops.bounded("t", 0, 4) == 4);
    CHECK(stops.bounded("t", 0, 5) == 5);
    CHECK(stops.bounded("t", 0, 9) == 5);  // the end of a partition that grew past it
    CHECK(stops.bounded("other", 0, 9) == 9);
}

TEST_CASE("StopOffsets: all_done over the assigned partitions, told apart by topic") {
    StopOffsets stops;
    stops.set_stop("a", 0, 1);
    stops.set_stop("b", 0, 0);
    CHECK(stops.advance("b", 0, 0));  // an empty window is done from its start
    const std::set<StopOffsets::Key> both{{"a", 0}, {"b", 0}};
    CHECK_FALSE(stops.all_done(both));
    CHECK(stops.all_done({{"b", 0}}));
    CHECK(stops.advance("a", 0, 1));
    CHECK(stops.all_done(both));
    CHECK_FALSE(stops.all_done({{"a", 1}}));  // never heard of: not done
}
