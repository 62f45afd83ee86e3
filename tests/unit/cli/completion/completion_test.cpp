// kfk completion: argv -> options.

#include "../parse_support.hpp"

using namespace kfk::test;

TEST_CASE("completion: one of the shells") {
    for (const char* shell : {"bash", "zsh", "fish"})
        CHECK(option_of<std::string>({"completion", shell}, {"completion"}, "shell") == shell);
    CHECK(refused({"completion"}));
    CHECK(refused({"completion", "tcsh"}));
}
