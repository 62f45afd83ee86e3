// The topics completion offers after a group: those it committed offsets for.

#include "kfk/completion/group_topics.hpp"

#include <doctest/doctest.h>

using Strings = std::vector<std::string>;

TEST_CASE("completion: the topics of the groups' committed offsets, each once, sorted") {
    const std::map<std::string, kfk::GroupAdmin::Offsets> offsets = {
        {"a", {{{"payments", 0}, 5}, {{"orders", 0}, 1}, {{"orders", 1}, 2}}},
        {"b", {{{"orders", 0}, 7}, {{"audit", 3}, 0}}},
        {"unknown", {}},
    };
    CHECK(kfk::committed_topics(offsets) == Strings{"audit", "orders", "payments"});
    CHECK(kfk::committed_topics({{"unknown", {}}}).empty());
}
