// kfk config list: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("config list: no arguments of its own") {
    CHECK(static_cast<bool>(parsed({"config", "list"})->run));
    CHECK(refused({"config", "list", "extra"}));
}
