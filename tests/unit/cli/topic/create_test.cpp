// kfk topic create: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("topic create: names, counts, configs, assignment and flags") {
    const Words path{"topic", "create"};
    const Words args{
        "topic", "create",          "a",        "b", "-p", "3", "-r", "2", "-c", "x=1", "-c",
        "y=2",   "--if-not-exists", "--dry-run"};
    CHECK(option_of<Words>(args, path, "topics") == Words{"a", "b"});
    CHECK(option_of<int>(args, path, "-p") == 3);
    CHECK(option_of<int>(args, path, "--replication-factor") == 2);
    CHECK(option_of<Words>(args, path, "--config") == Words{"x=1", "y=2"});
    CHECK(option_of<bool>(args, path, "--if-not-exists"));
    CHECK(option_of<bool>(args, path, "--dry-run"));
    CHECK(option_of<std::string>({"topic", "create", "a", "--replica-assignment", "1:2,2:3"}, path,
                                 "--replica-assignment") == "1:2,2:3");
    CHECK(refused({"topic", "create"}));
    CHECK(refused({"topic", "create", "a", "-p", "0"}));
    CHECK(refused({"topic", "create", "a", "-c", "novalue"}));
    CHECK(refused({"topic", "create", "has space"}));
}
