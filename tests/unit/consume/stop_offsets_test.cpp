#include "kfk/consume/stop_offsets.hpp"

#include <doctest/doctest.h>

using kfk::StopOffsets;

TEST_CASE("stop offsets: a partition ends at its stop and all must end") {
    StopOffsets stops;
    CHECK(stops.empty());
    stops.set({"t", 0}, 5);
    stops.set({"t", 1}, 0);
    const std::set<StopOffsets::Key> assigned{{"t", 0}, {"t", 1}};

    CHECK_FALSE(stops.reached("t", 0, 4));  // offset 4 is still inside [.., 5)
    CHECK_FALSE(stops.all_reached(assigned));
    CHECK(stops.reached("t", 1, 0));  // an empty window ends at once
    CHECK_FALSE(stops.all_reached(assigned));
    CHECK(stops.reached("t", 0, 7));
    CHECK(stops.all_reached(assigned));
    CHECK_FALSE(stops.all_reached({}));

    // Only positions strictly past the stop must not be committed.
    CHECK_FALSE(stops.beyond("t", 0, 5));
    CHECK(stops.beyond("t", 0, 6));
    // A partition without a stop never ends by it.
    CHECK_FALSE(stops.reached("other", 0, 1'000'000));
    CHECK_FALSE(stops.beyond("other", 0, 1'000'000));
}
