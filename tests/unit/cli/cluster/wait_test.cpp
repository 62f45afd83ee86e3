// kfk cluster wait: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("cluster wait: --brokers is the broker count, -b stays the bootstrap list") {
    const Words path{"cluster", "wait"};
    CHECK(option_of<int>({"cluster", "wait", "--brokers", "3"}, path, "--brokers") == 3);
    const Words with_bootstrap{"-b", "host:9092", "cluster", "wait", "--brokers", "2"};
    CHECK(option_of<int>(with_bootstrap, path, "--brokers") == 2);
    CHECK(parsed(with_bootstrap)->globals.brokers == "host:9092");
    CHECK(refused({"cluster", "wait", "--brokers", "0"}));
    CHECK(refused({"cluster", "wait", "extra"}));
}
