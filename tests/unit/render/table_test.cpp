#include "kfk/render/table.hpp"

#include <doctest/doctest.h>

#include <sstream>

using kfk::Align;

namespace {

// The table as print() writes it with `options`.
std::string printed(const kfk::Table& table, const kfk::RenderOptions& options = {}) {
    std::ostringstream out;
    table.print(out, options);
    return out.str();
}

kfk::RenderOptions without_headers() {
    kfk::RenderOptions options;
    options.headers = false;
    return options;
}

kfk::RenderOptions with_color() {
    kfk::RenderOptions options;
    options.color = true;
    return options;
}

}  // namespace

TEST_CASE("tables align columns, right-align numbers and leave no trailing blanks") {
    kfk::Table table({{"NAME"}, {"PARTITIONS", Align::right}, {"NOTE"}});
    table.add_row({"orders", "12", "ok"});
    table.add_row({"a", "3", ""});
    CHECK(printed(table) ==
          "NAME    PARTITIONS  NOTE\n"
          "orders          12  ok\n"
          "a                3\n");
}

TEST_CASE("--no-headers drops the header row and its width") {
    kfk::Table table({{"LONG HEADER"}, {"N", Align::right}});
    table.add_row({"x", "1"});
    CHECK(printed(table, without_headers()) == "x  1\n");
}

TEST_CASE("colour wraps the header line only") {
    kfk::Table table({{"A"}, {"B"}});
    table.add_row({"1", "2"});
    CHECK(printed(table, with_color()) == "\033[1mA  B\033[0m\n1  2\n");
}

TEST_CASE("multi-byte UTF-8 cells align by characters") {
    kfk::Table table({{"N"}, {"X"}});
    table.add_row({"ñandú", "1"});
    table.add_row({"abc", "2"});
    CHECK(printed(table) == "N      X\nñandú  1\nabc    2\n");
}

TEST_CASE("a row with the wrong number of cells is a programming error") {
    kfk::Table table({{"A"}, {"B"}});
    CHECK_THROWS_AS(table.add_row({"only one"}), std::logic_error);
}

TEST_CASE("fields align their values") {
    std::ostringstream out;
    kfk::print_fields(out, {{"Cluster ID", "abc"}, {"Controller", "1"}, {"Topics", "7"}});
    CHECK(out.str() ==
          "Cluster ID:  abc\n"
          "Controller:  1\n"
          "Topics:      7\n");
}
