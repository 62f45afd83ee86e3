// kfk config show: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("config show: an optional context name") {
    CHECK(option_of<std::string>({"config", "show", "prod"}, {"config", "show"}, "name") == "prod");
    CHECK(static_cast<bool>(parsed({"config", "show"})->run));
}
