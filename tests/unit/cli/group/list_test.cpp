// kfk group list: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("group list: --state and --lag-above") {
    const Words path{"group", "list"};
    const Words args{"group", "list", "--state", "stable", "--lag-above", "100"};
    CHECK(option_of<std::string>(args, path, "--state") == "stable");
    CHECK(option_of<std::string>(args, path, "--lag-above") == "100");
    CHECK(refused({"group", "list", "extra"}));
}
