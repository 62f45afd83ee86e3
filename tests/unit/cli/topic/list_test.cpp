// kfk topic list: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("topic list: --pattern and --internal") {
    const Words path{"topic", "list"};
    CHECK(option_of<std::string>({"topic", "list", "--pattern", "o.*"}, path, "--pattern") ==
          "o.*");
    CHECK(option_of<bool>({"topic", "list", "--internal"}, path, "--internal"));
    CHECK(refused({"topic", "list", "extra"}));
}
