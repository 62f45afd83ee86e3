// kfk topic describe: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("topic describe: names or --pattern, health filters, --configs") {
    const Words path{"topic", "describe"};
    const Words args{
        "topic",           "describe",     "a",         "b",  "--under-replicated", "--unavailable",
        "--under-min-isr", "--at-min-isr", "--configs", "all"};
    CHECK(option_of<Words>(args, path, "topics") == Words{"a", "b"});
    for (const char* flag :
         {"--under-replicated", "--unavailable", "--under-min-isr", "--at-min-isr"})
        CHECK(option_of<bool>(args, path, flag));
    CHECK(option_of<std::string>(args, path, "--configs") == "all");
    CHECK(option_of<std::string>({"topic", "describe", "a"}, path, "--configs") == "changed");
    CHECK(option_of<std::string>({"topic", "describe", "--pattern", "x.*"}, path, "--pattern") ==
          "x.*");
    CHECK(refused({"topic", "describe", "a", "--configs", "some"}));
}
