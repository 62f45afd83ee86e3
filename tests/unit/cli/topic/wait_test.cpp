// kfk topic wait: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("topic wait: topics, --messages or --deleted") {
    const Words path{"topic", "wait"};
    const Words args{"topic", "wait", "a", "b", "--messages", "10"};
    CHECK(option_of<Words>(args, path, "topics") == Words{"a", "b"});
    CHECK(option_of<long long>(args, path, "--messages") == 10);
    CHECK(option_of<bool>({"topic", "wait", "a", "--deleted"}, path, "--deleted"));
    CHECK(refused({"topic", "wait"}));
    CHECK(refused({"topic", "wait", "a", "--messages", "1", "--deleted"}));
    CHECK(refused({"topic", "wait", "a", "--messages", "-1"}));
}
