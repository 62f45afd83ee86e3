// kfk partitions list: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("partitions list: topics and --broker") {
    const Words path{"partitions", "list"};
    const Words args{"partitions", "list", "a", "b", "--broker", "2"};
    CHECK(option_of<Words>(args, path, "topics") == Words{"a", "b"});
    CHECK(option_of<int>(args, path, "--broker") == 2);
    CHECK(refused({"partitions", "list"}));
    CHECK(refused({"partitions", "list", "a", "--broker", "two"}));
}
