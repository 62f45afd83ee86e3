// kfk offsets: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("offsets: topics, --at and repeated -p") {
    const Words path{"offsets"};
    const Words args{"offsets", "a", "b", "--at", "@-15m", "-p", "0", "--partition", "2"};
    CHECK(option_of<Words>(args, path, "topics") == Words{"a", "b"});
    CHECK(option_of<std::string>(args, path, "--at") == "@-15m");
    CHECK(option_of<std::vector<int>>(args, path, "--partition") == std::vector<int>{0, 2});
    CHECK(refused({"offsets"}));
    CHECK(refused({"offsets", "bad name"}));
    CHECK(refused({"offsets", "a", "-p", "-1"}));
}
