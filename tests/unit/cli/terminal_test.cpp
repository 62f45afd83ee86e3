// kfk top's screen frame: drawn from the top, each line cleared to its end, and no line
// break after the last line (on the bottom row it would scroll the title away).

#include "terminal.hpp"

#include <doctest/doctest.h>

#include <algorithm>

TEST_CASE("a screen frame homes the cursor, clears each line and never scrolls") {
    const std::string frame = kfk::cli::screen_frame({"title", "", "row"});
    CHECK(frame == "\x1b[Htitle\x1b[K\r\n\x1b[K\r\nrow\x1b[K\x1b[J");
    // As many line breaks as there are lines minus one, whatever the count.
    for (std::size_t n : {1u, 2u, 40u}) {
        const std::vector<std::string> lines(n, "x");
        const std::string f = kfk::cli::screen_frame(lines);
        CHECK(static_cast<std::size_t>(std::count(f.begin(), f.end(), '\n')) == n - 1);
    }
    CHECK(kfk::cli::screen_frame({}) == "\x1b[H\x1b[J");
}
