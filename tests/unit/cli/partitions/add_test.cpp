// kfk partitions add: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("partitions add: topic, --total, --replica-assignment, --dry-run") {
    const Words path{"partitions", "add"};
    const Words args{"partitions",           "add", "t",        "--total", "6",
                     "--replica-assignment", "1:2", "--dry-run"};
    CHECK(option_of<std::string>(args, path, "topic") == "t");
    CHECK(option_of<int>(args, path, "--total") == 6);
    CHECK(option_of<std::string>(args, path, "--replica-assignment") == "1:2");
    CHECK(option_of<bool>(args, path, "--dry-run"));
    CHECK(refused({"partitions", "add", "t"}));
    CHECK(refused({"partitions", "add", "t", "--total", "0"}));
}
