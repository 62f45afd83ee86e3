// TailBuffer: `consume --tail N` keeps the newest N messages across partitions.

#include "kfk/consume/tail_buffer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kfk;

namespace {

MessageView at(std::int32_t partition, std::int64_t offset, std::int64_t timestamp,
               std::string_view value) {
    MessageView m;
    m.topic = "t";
    m.partition = partition;
    m.offset = offset;
    m.timestamp = timestamp;
    m.value = value;
    return m;
}

std::vector<std::string> values(const TailBuffer& tail) {
    std::vector<std::string> out;
    tail.for_each([&](const MessageView& m) { out.emplace_back(m.value.value_or("<null>")); });
    return out;
}

}  // namespace

TEST_CASE("TailBuffer: the newest N by timestamp across partitions, oldest first") {
    TailBuffer tail(3);
    // Partition 0 is older on the whole, but its last message is the newest of all.
    tail.add(at(0, 0, 100, "p0-100"));
    tail.add(at(0, 1, 200, "p0-200"));
    tail.add(at(0, 2, 900, "p0-900"));
    tail.add(at(1, 0, 500, "p1-500"));
    tail.add(at(1, 1, 600, "p1-600"));
    tail.add(at(1, 2, 50, "p1-50"));  // older than all kept: dropped
    CHECK(tail.size() == 3);
    CHECK(values(tail) == std::vector<std::string>{"p1-500", "p1-600", "p0-900"});
}

TEST_CASE("TailBuffer: equal timestamps go by partition and offset, copies outlive the input") {
    TailBuffer tail(2);
    {
        std::string a = "a", b = "b", c = "c";
        tail.add(at(1, 7, 10, a));
        tail.add(at(0, 9, 10, b));
        tail.add(at(0, 3, 10, c));
        a = b = c = "overwritten";
    }
    CHECK(values(tail) == std::vector<std::string>{"b", "a"});
    // Keys, headers and nulls are kept as they were.
    TailBuffer one(1);
    MessageView m = at(0, 0, 1, "v");
    m.key = std::nullopt;
    m.value = std::nullopt;
    m.headers = {{"h", "1"}, {"n", std::nullopt}};
    one.add(m);
    one.for_each([](const MessageView& kept) {
        CHECK_FALSE(kept.key);
        CHECK_FALSE(kept.value);
        REQUIRE(kept.headers.size() == 2);
        CHECK(kept.headers[0].key == "h");
        CHECK(kept.headers[0].value == "1");
        CHECK_FALSE(kept.headers[1].value);
        CHECK(kept.topic == "t");
    });
}

TEST_CASE("TailBuffer: fewer messages than N are all kept") {
    TailBuffer tail(10);
    tail.add(at(0, 0, 2, "second"));
    tail.add(at(1, 0, 1, "first"));
    CHECK(values(tail) == std::vector<std::string>{"first", "second"});
}
