// kfk group wait: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("group wait: group, --lag-below, --empty, --stable and repeated --topic") {
    const Words path{"group", "wait"};
    const Words args{"group",    "wait",    "g1", "--lag-below", "5",
                     "--stable", "--topic", "a",  "--topic",     "b"};
    CHECK(option_of<std::string>(args, path, "group") == "g1");
    CHECK(option_of<long long>(args, path, "--lag-below") == 5);
    CHECK(option_of<bool>(args, path, "--stable"));
    CHECK(option_of<Words>(args, path, "--topic") == Words{"a", "b"});
    CHECK(option_of<bool>({"group", "wait", "g", "--empty"}, path, "--empty"));
    CHECK(refused({"group", "wait"}));
    CHECK(refused({"group", "wait", "g", "--lag-below", "0"}));
    CHECK(refused({"group", "wait", "g", "--topic", "bad name"}));
}
