// kfk config use: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("config use: a context name") {
    CHECK(option_of<std::string>({"config", "use", "dev"}, {"config", "use"}, "name") == "dev");
    CHECK(refused({"config", "use"}));
}
