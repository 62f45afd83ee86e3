// kfk group reset: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("group reset: group, --topic T[:P,...], --to, --execute, --yes") {
    const Words path{"group", "reset"};
    const Words args{"group", "reset",    "g",         "--topic", "t:0,1",
                     "--to",  "earliest", "--execute", "-y"};
    CHECK(option_of<std::string>(args, path, "group") == "g");
    CHECK(option_of<Words>(args, path, "--topic") == Words{"t:0,1"});
    CHECK(option_of<std::string>(args, path, "--to") == "earliest");
    CHECK(option_of<bool>(args, path, "--execute"));
    CHECK(option_of<bool>(args, path, "--yes"));
    CHECK(refused({"group", "reset", "g", "--to", "earliest"}));
    CHECK(refused({"group", "reset", "g", "--topic", "t"}));
}
