// kfk version: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("version: no arguments of its own") {
    CHECK(static_cast<bool>(parsed({"version"})->run));
    CHECK(refused({"version", "extra"}));
}
