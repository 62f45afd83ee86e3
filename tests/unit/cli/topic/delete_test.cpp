// kfk topic delete: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("topic delete: names or --pattern, --if-exists, --yes") {
    const Words path{"topic", "delete"};
    const Words args{"topic", "delete", "a", "b", "--if-exists", "-y"};
    CHECK(option_of<Words>(args, path, "topics") == Words{"a", "b"});
    CHECK(option_of<bool>(args, path, "--if-exists"));
    CHECK(option_of<bool>(args, path, "--yes"));
    CHECK(option_of<std::string>({"topic", "delete", "--pattern", "t-.*"}, path, "--pattern") ==
          "t-.*");
    CHECK(refused({"topic", "delete", "a", "--bogus"}));
}
