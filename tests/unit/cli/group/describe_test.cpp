// kfk group describe: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("group describe: one or more groups") {
    const Words path{"group", "describe"};
    CHECK(option_of<Words>({"group", "describe", "g1", "g2"}, path, "groups") == Words{"g1", "g2"});
    CHECK(refused({"group", "describe"}));
}
