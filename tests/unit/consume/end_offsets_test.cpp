// EndOffsets: where `consume -e` stops each partition.

#include "kfk/consume/end_offsets.hpp"

#include <doctest/doctest.h>

using kfk::EndOffsets;

TEST_CASE("EndOffsets: a partition is done once reading reaches its end, not before") {
    EndOffsets ends;
    CHECK_FALSE(ends.knows("t", 0));
    CHECK(ends.end("t", 0) == -1);
    ends.set_end("t", 0, 3);
    CHECK(ends.knows("t", 0));
    CHECK(ends.before_end("t", 0, 2));
    CHECK_FALSE(ends.before_end("t", 0, 3));
    CHECK_FALSE(ends.advance("t", 0, 2));
    CHECK_FALSE(ends.done("t", 0));
    CHECK(ends.advance("t", 0, 3));        // reached: reported once
    CHECK_FALSE(ends.advance("t", 0, 4));  // already done
    CHECK(ends.done("t", 0));
}

TEST_CASE("EndOffsets: the first end learnt counts, also after a rebalance") {
    EndOffsets ends;
    ends.set_end("t", 1, 5);
    ends.set_end("t", 1, 9);  // the partition grew meanwhile
    CHECK(ends.end("t", 1) == 5);
    CHECK_FALSE(ends.before_end("t", 1, 5));
}

TEST_CASE("EndOffsets: an unknown end shows everything and ends only by mark_done") {
    EndOffsets ends;
    CHECK(ends.before_end("t", 0, 1'000'000));
    CHECK_FALSE(ends.advance("t", 0, 1'000'000));
    ends.mark_done("t", 0);
    CHECK(ends.done("t", 0));
}

TEST_CASE("EndOffsets: all_done over the assigned partitions, told apart by topic") {
    EndOffsets ends;
    ends.set_end("a", 0, 1);
    ends.set_end("b", 0, 0);
    CHECK(ends.advance("b", 0, 0));  // an empty partition is done from its start
    const std::set<EndOffsets::Key> both{{"a", 0}, {"b", 0}};
    CHECK_FALSE(ends.all_done(both));
    CHECK(ends.all_done({{"b", 0}}));
    CHECK(ends.advance("a", 0, 1));
    CHECK(ends.all_done(both));
    CHECK_FALSE(ends.all_done({{"a", 1}}));  // never heard of: not done
}
