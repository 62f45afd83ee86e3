// kfk cluster describe: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("cluster describe: no arguments of its own") {
    CHECK(static_cast<bool>(parsed({"cluster", "describe"})->run));
    CHECK(refused({"cluster", "describe", "extra"}));
}
