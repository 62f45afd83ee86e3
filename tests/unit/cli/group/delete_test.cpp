// kfk group delete: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("group delete: groups and --if-exists") {
    const Words path{"group", "delete"};
    const Words args{"group", "delete", "g1", "g2", "--if-exists"};
    CHECK(option_of<Words>(args, path, "groups") == Words{"g1", "g2"});
    CHECK(option_of<bool>(args, path, "--if-exists"));
    CHECK(refused({"group", "delete"}));
}
