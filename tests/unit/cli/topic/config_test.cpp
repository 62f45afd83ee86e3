// kfk topic config: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("topic config: one topic, repeated --set and --delete, --dry-run") {
    const Words path{"topic", "config"};
    const Words args{"topic", "config", "t",        "--set", "a=1",
                     "--set", "b=2",    "--delete", "c",     "--dry-run"};
    CHECK(option_of<std::string>(args, path, "topic") == "t");
    CHECK(option_of<Words>(args, path, "--set") == Words{"a=1", "b=2"});
    CHECK(option_of<Words>(args, path, "--delete") == Words{"c"});
    CHECK(option_of<bool>(args, path, "--dry-run"));
    CHECK(refused({"topic", "config"}));
    CHECK(refused({"topic", "config", "t", "--set", "novalue"}));
}
