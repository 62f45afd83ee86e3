// PartitionBatches, the producer's per-partition hand-over, no network: what a batch
// holds, when it may go (full, followed by another, older than linger, its partition
// free), sticky placement of keyless records, and that order per partition is the input's.

#include "kfk/produce/partition_batches.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

using kfk::BatchLimits;
using kfk::PartitionBatch;
using kfk::PartitionBatches;
using namespace std::chrono_literals;

namespace {

const auto t0 = std::chrono::steady_clock::time_point{} + 1h;

BatchLimits limits(std::size_t messages, std::int64_t bytes = 1'000'000) {
    BatchLimits l;
    l.messages = messages;
    l.bytes = bytes;
    l.held_bytes = 1 << 20;
    l.linger = 5ms;
    return l;
}

std::string value_of(const PartitionBatch& b, std::size_t i) {
    return b.bytes.substr(b.entries[i].value_at, b.entries[i].value_size);
}
std::string key_of(const PartitionBatch& b, std::size_t i) {
    return b.bytes.substr(b.entries[i].key_at, b.entries[i].key_size);
}
std::vector<std::int64_t> lines_of(const PartitionBatch& b) {
    std::vector<std::int64_t> out;
    for (const auto& e : b.entries) out.push_back(e.line);
    return out;
}

}  // namespace

TEST_CASE("a batch keeps each record's key, value, nulls and input line") {
    PartitionBatches batches(3, limits(10));
    batches.add(1, std::string("k1"), std::string("v1"), 1, t0);
    batches.add(1, std::nullopt, std::string("v2"), 2, t0);
    batches.add(1, std::string("k3"), std::nullopt, 3, t0);
    batches.add(1, std::string(""), std::string(""), 4, t0);
    const auto all = batches.take_all();
    REQUIRE(all.size() == 1);
    const PartitionBatch& b = all[0];
    CHECK(b.partition == 1);
    REQUIRE(b.entries.size() == 4);
    CHECK(lines_of(b) == std::vector<std::int64_t>{1, 2, 3, 4});
    CHECK(key_of(b, 0) == "k1");
    CHECK(value_of(b, 0) == "v1");
    CHECK(b.entries[1].key_null);
    CHECK(value_of(b, 1) == "v2");
    CHECK(key_of(b, 2) == "k3");
    CHECK(b.entries[2].value_null);
    CHECK_FALSE(b.entries[3].key_null);  // empty is not null
    CHECK_FALSE(b.entries[3].value_null);
    CHECK(batches.empty());
}

TEST_CASE("a partition gets its next batch only once its last one is acknowledged") {
    PartitionBatches batches(2, limits(2));
    for (int line = 1; line <= 5; ++line)
        batches.add(0, std::nullopt, "v" + std::to_string(line), line, t0);
    // Two full batches and one of a single record wait for partition 0.
    auto first = batches.take_sendable(t0);
    REQUIRE(first.size() == 1);
    CHECK(lines_of(first[0]) == std::vector<std::int64_t>{1, 2});
    batches.in_flight(0, 2);
    CHECK(batches.take_sendable(t0 + 1s).empty());  // in flight: the next one waits
    batches.reported(0);
    CHECK(batches.take_sendable(t0 + 1s).empty());  // one of two still out
    batches.reported(0);
    auto second = batches.take_sendable(t0);
    REQUIRE(second.size() == 1);
    CHECK(lines_of(second[0]) == std::vector<std::int64_t>{3, 4});
    batches.in_flight(0, 2);
    batches.reported(0);
    batches.reported(0);
    // The last batch is neither full nor followed by another: it waits for linger.
    CHECK(batches.take_sendable(t0 + 4ms).empty());
    auto last = batches.take_sendable(t0 + 5ms);
    REQUIRE(last.size() == 1);
    CHECK(lines_of(last[0]) == std::vector<std::int64_t>{5});
    CHECK(batches.empty());
}

TEST_CASE("partitions are handed over independently of each other") {
    PartitionBatches batches(3, limits(1));
    batches.add(0, std::nullopt, std::string("a"), 1, t0);
    batches.add(2, std::nullopt, std::string("b"), 2, t0);
    batches.in_flight(1, 5);  // partition 1 busy: does not hold back the others
    auto out = batches.take_sendable(t0);
    REQUIRE(out.size() == 2);
    CHECK(out[0].partition == 0);
    CHECK(out[1].partition == 2);
}

TEST_CASE("a batch closes before it would outgrow one request's bytes") {
    // Room for the batch's own 512 bytes and two records: a 10-byte value counts 46 with
    // librdkafka's worst-case record overhead.
    BatchLimits l = limits(1000, 512 + 2 * 46);
    PartitionBatches batches(1, l);
    for (int line = 1; line <= 5; ++line)
        batches.add(0, std::nullopt, std::string(10, 'x'), line, t0);
    const auto all = batches.take_all();
    REQUIRE(all.size() == 3);
    CHECK(lines_of(all[0]) == std::vector<std::int64_t>{1, 2});
    CHECK(lines_of(all[1]) == std::vector<std::int64_t>{3, 4});
    CHECK(lines_of(all[2]) == std::vector<std::int64_t>{5});
    for (const auto& b : all) CHECK(b.wire_bytes <= l.bytes);
    // A record larger than a request still goes, alone in its batch.
    batches.add(0, std::nullopt, std::string(1000, 'y'), 6, t0);
    batches.add(0, std::nullopt, std::string(10, 'z'), 7, t0);
    const auto big = batches.take_all();
    REQUIRE(big.size() == 2);
    CHECK(lines_of(big[0]) == std::vector<std::int64_t>{6});
}

TEST_CASE("keyless records fill one partition's batch, then the next partition's") {
    PartitionBatches batches(3, limits(2));
    for (int line = 1; line <= 7; ++line)
        batches.add(-1, std::nullopt, "v" + std::to_string(line), line, t0);
    const auto all = batches.take_all();  // in partition order
    REQUIRE(all.size() == 4);
    CHECK(all[0].partition == 0);
    CHECK(lines_of(all[0]) == std::vector<std::int64_t>{1, 2});
    CHECK(all[1].partition == 0);  // the round came back to partition 0
    CHECK(lines_of(all[1]) == std::vector<std::int64_t>{7});
    CHECK(all[2].partition == 1);
    CHECK(lines_of(all[2]) == std::vector<std::int64_t>{3, 4});
    CHECK(all[3].partition == 2);
    CHECK(lines_of(all[3]) == std::vector<std::int64_t>{5, 6});
}

TEST_CASE("keyless records start where told, and move on once their batch has left") {
    PartitionBatches batches(3, limits(10), 2);
    batches.add(-1, std::nullopt, std::string("a"), 1, t0);
    batches.add(-1, std::nullopt, std::string("b"), 2, t0);
    auto first = batches.take_sendable(t0 + 5ms);  // lingered: goes before it is full
    REQUIRE(first.size() == 1);
    CHECK(first[0].partition == 2);
    CHECK(lines_of(first[0]) == std::vector<std::int64_t>{1, 2});
    batches.add(-1, std::nullopt, std::string("c"), 3, t0 + 5ms);  // its batch left: next
    auto second = batches.take_all();
    REQUIRE(second.size() == 1);
    CHECK(second[0].partition == 0);
    CHECK(lines_of(second[0]) == std::vector<std::int64_t>{3});
    PartitionBatches wrapped(3, limits(10), 7);  // a start past the end wraps: 7 % 3
    wrapped.add(-1, std::nullopt, std::string("d"), 4, t0);
    CHECK(wrapped.take_all().at(0).partition == 1);
}

TEST_CASE("take_full leaves each partition's newest batch, and held bytes bound what waits") {
    BatchLimits l = limits(2);
    l.held_bytes = 4 * 37;  // four one-byte records
    PartitionBatches batches(2, l);
    batches.in_flight(0, 1);
    for (int line = 1; line <= 4; ++line) batches.add(0, std::nullopt, std::string("v"), line, t0);
    CHECK_FALSE(batches.over_limit());
    batches.add(0, std::nullopt, std::string("v"), 5, t0);
    CHECK(batches.over_limit());
    CHECK(batches.take_sendable(t0 + 1s).empty());  // partition 0 is still busy
    const auto full = batches.take_full();
    REQUIRE(full.size() == 2);
    CHECK(lines_of(full[0]) == std::vector<std::int64_t>{1, 2});
    CHECK(lines_of(full[1]) == std::vector<std::int64_t>{3, 4});
    CHECK_FALSE(batches.over_limit());
    CHECK_FALSE(batches.empty());
    const auto rest = batches.take_all();
    REQUIRE(rest.size() == 1);
    CHECK(lines_of(rest[0]) == std::vector<std::int64_t>{5});
    CHECK(batches.empty());
}

TEST_CASE("a report for a partition with nothing counted in flight changes nothing") {
    PartitionBatches batches(1, limits(1));
    batches.reported(0);  // a record sent alone (with headers) was never counted
    batches.reported(7);  // out of range: ignored
    batches.in_flight(-1, 3);
    batches.add(0, std::nullopt, std::string("a"), 1, t0);
    CHECK(batches.take_sendable(t0).size() == 1);
}

TEST_CASE("a recycled batch lends its storage to the next batch, which starts empty") {
    PartitionBatches batches(2, limits(10));
    const std::string big(4096, 'x');
    batches.add(0, std::string("old-key"), big, 1, t0);
    auto shipped = batches.take_all();
    REQUIRE(shipped.size() == 1);
    const std::size_t capacity = shipped[0].bytes.capacity();
    REQUIRE(capacity >= big.size());
    batches.recycle(std::move(shipped[0]));

    batches.add(1, std::nullopt, std::string("new"), 2, t0 + 1s);
    const auto next = batches.take_all();
    REQUIRE(next.size() == 1);
    const PartitionBatch& b = next[0];
    CHECK(b.partition == 1);
    CHECK(b.started == t0 + 1s);
    CHECK(b.bytes.capacity() == capacity);  // the shipped batch's buffer, not a new one
    REQUIRE(b.entries.size() == 1);
    CHECK(lines_of(b) == std::vector<std::int64_t>{2});
    CHECK(value_of(b, 0) == "new");
    CHECK(b.entries[0].key_null);
    CHECK(b.bytes == "new");
}
