// kfk group lag: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("group lag: groups and repeated --topic") {
    const Words path{"group", "lag"};
    const Words args{"group", "lag", "g1", "g2", "-t", "a", "--topic", "b"};
    CHECK(option_of<Words>(args, path, "groups") == Words{"g1", "g2"});
    CHECK(option_of<Words>(args, path, "--topic") == Words{"a", "b"});
    CHECK(refused({"group", "lag"}));
    CHECK(refused({"group", "lag", "g", "--topic", "bad name"}));
}
