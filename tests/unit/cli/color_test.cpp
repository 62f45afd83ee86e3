// When tables get colour.

#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

#include "global_options.hpp"

TEST_CASE("TERM=dumb gets no colour, also on a terminal") {
    std::istringstream in;
    std::ostringstream out, err;
    kfk::cli::Streams streams{in, out, err, true, true, true};
    kfk::cli::GlobalOptions g;
    const std::string_view formats[] = {"table"};
    unsetenv("NO_COLOR");
    setenv("TERM", "xterm", 1);
    CHECK(kfk::cli::render_options(g, streams, formats, "t").color);
    setenv("TERM", "dumb", 1);
    CHECK_FALSE(kfk::cli::render_options(g, streams, formats, "t").color);
    unsetenv("TERM");
}
