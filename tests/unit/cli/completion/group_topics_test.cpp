// group lag/offsets/reset/wait/delete-offsets G --topic: the topics of the groups typed.

#include <doctest/doctest.h>

#include "plan_support.hpp"

using kfk::cli::NameKind;
using kfk::test::plan;
using Strings = std::vector<std::string>;

TEST_CASE("completion: --topic after a group offers the group's topics") {
    for (const char* command : {"lag", "offsets", "reset", "wait", "delete-offsets"}) {
        CAPTURE(command);
        const auto p = plan({"group", command, "billing", "--topic", "or"});
        REQUIRE(p.names.has_value());
        CHECK(*p.names == NameKind::group_topic);
        CHECK(p.subjects == Strings{"billing"});
        CHECK(p.current == "or");
    }
    const auto p = plan({"group", "reset", "billing", "--to", "earliest", "--topic=or"});
    CHECK(*p.names == NameKind::group_topic);
    CHECK(p.name_prefix == "--topic=");
    CHECK(p.subjects == Strings{"billing"});
}

TEST_CASE("completion: --topic of group lag takes the topics of every group typed") {
    CHECK(plan({"group", "lag", "a", "b", "--topic", ""}).subjects == Strings{"a", "b"});
    // No group yet: the subjects are empty, and every topic is offered.
    const auto p = plan({"group", "lag", "--topic", ""});
    CHECK(*p.names == NameKind::group_topic);
    CHECK(p.subjects.empty());
}
