// Repeated arguments mean the same as one; an empty group name is a usage error.

#include <doctest/doctest.h>

#include <sstream>

#include "cli.hpp"
#include "unique.hpp"

TEST_CASE("repeats are dropped, first order kept") {
    CHECK(kfk::cli::unique_in_order(std::vector<std::string>{"b", "a", "b", "a"}) ==
          std::vector<std::string>{"b", "a"});
    CHECK(kfk::cli::unique_in_order(std::vector<int>{0, 0, 2}) == std::vector<int>{0, 2});
}

TEST_CASE("an empty group name is a usage error, before any network") {
    for (const auto& args : {std::vector<std::string>{"consume", "t", "-g", ""},
                             std::vector<std::string>{"group", "lag", ""},
                             std::vector<std::string>{"group", "describe", "g", ""},
                             std::vector<std::string>{"group", "delete", ""},
                             std::vector<std::string>{"group", "reset", "", "--topic", "t"}}) {
        CAPTURE(args);
        std::istringstream in;
        std::ostringstream out, err;
        kfk::cli::Streams streams{in, out, err};
        std::vector<std::string> full{"-b", "127.0.0.1:1"};
        full.insert(full.end(), args.begin(), args.end());
        CHECK(kfk::cli::run(full, streams) == 2);
        CHECK(err.str().find("a group name must not be empty") != std::string::npos);
    }
}
