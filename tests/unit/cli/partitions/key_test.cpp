// kfk partitions key: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("partitions key: a topic and keys") {
    const Words path{"partitions", "key"};
    const Words args{"partitions", "key", "t", "k1", "k2"};
    CHECK(option_of<std::string>(args, path, "topic") == "t");
    CHECK(option_of<Words>(args, path, "keys") == Words{"k1", "k2"});
    CHECK(refused({"partitions", "key", "t"}));
    CHECK(refused({"partitions", "key", "bad name", "k"}));
}
