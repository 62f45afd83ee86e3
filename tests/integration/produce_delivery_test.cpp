// kfk produce delivery: --sync, --acks, compression, batching, --rate, size limits,
// an unreachable cluster and SIGINT.
// Every test reads back what the broker holds (produce_support.hpp).

#include <doctest/doctest.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "produce_support.hpp"
#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timing.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

TEST_CASE(
    "produce --sync -v acknowledges each message with the partition and offset the broker holds") {
    const std::string topic = create_topic("prod-sync", 2, 2);
    const auto r = produce(topic, {"--sync", "-v", "-K", ":"}, "a:1\nb:2\nc:3\nd:4\ne:5\n");
    require_ok(r);
    std::map<std::string, std::pair<int, long long>> held;
    for (const json& m : consume_jsonl(topic))
        held[m["value"]] = {m["partition"].get<int>(), m["offset"].get<long long>()};
    REQUIRE(held.size() == 5);
    int acks = 0;
    for (int line = 1; line <= 5; ++line) {
        const auto [partition, offset] = held[std::to_string(line)];
        CAPTURE(line);
        CHECK(contains(r.err, "line " + std::to_string(line) + ": partition " +
                                  std::to_string(partition) + " offset " + std::to_string(offset) +
                                  "\n"));
        ++acks;
    }
    CHECK(acks == 5);

    // On the broker: one batch per message, nothing was waiting to be batched.
    const auto batches = stored_batches({topic + "-0", topic + "-1"});
    long long records = 0;
    for (const auto& [log, list] : batches) {
        for (const Batch& b : list) CHECK(b.count == 1);
        records += records_in(list);
    }
    CHECK(records == 5);
}

TEST_CASE(
    "produce --acks 0|1|all and --compression: every message held and compressed and idempotent "
    "only with acks=all") {
    const std::vector<std::string> codecs{"none", "gzip", "snappy", "lz4", "zstd"};
    std::map<std::string, std::string> topic_of;
    std::vector<std::string> logs;
    for (const std::string& codec : codecs) {
        topic_of[codec] = create_topic("prod-codec", 1, 2);
        logs.push_back(topic_of[codec] + "-0");
        const auto r =
            produce(topic_of[codec], {"--compression", codec}, numbered_lines(0, 500, codec));
        require_ok(r);
        CHECK(contains(r.err, "delivered 500 messages"));
    }
    const std::string none = create_topic("prod-acks0", 1, 2);
    const auto fire = produce(none, {"--acks", "0"}, numbered_lines(0, 100, "n"));
    require_ok(fire);
    CHECK(contains(fire.err, "fire-and-forget"));
    CHECK(contains(fire.err, "sent 100 messages"));
    CHECK(contains(fire.err, "not acknowledged"));
    const std::string leader = create_topic("prod-acks1", 1, 2);
    const auto one = produce(leader, {"--acks", "1"}, numbered_lines(0, 100, "l"));
    require_ok(one);
    CHECK(contains(one.err, "delivered 100 messages"));
    logs.push_back(none + "-0");
    logs.push_back(leader + "-0");

    for (const std::string& codec : codecs) {
        CAPTURE(codec);
        const auto held = values_of(consume_jsonl(topic_of[codec]));
        CHECK(held.size() == 500);
        CHECK(held.back() == codec + "499");
        CHECK(kcat_consume(topic_of[codec]).size() == 500);
    }
    CHECK(consume_jsonl(none).size() == 100);
    CHECK(consume_jsonl(leader).size() == 100);

    const auto batches = stored_batches(logs);
    for (const std::string& codec : codecs) {
        CAPTURE(codec);
        const auto& list = batches.at(topic_of[codec] + "-0");
        CHECK(records_in(list) == 500);
        for (const Batch& b : list) {
            CHECK(b.codec == codec);
            CHECK(b.producer_id >= 0);  // acks=all (the default): idempotent
        }
    }
    // Not idempotent with acks 0 or 1; every record is in a batch that says so.
    CHECK(records_in(batches.at(none + "-0")) == 100);
    CHECK(records_in(batches.at(leader + "-0")) == 100);
    for (const Batch& b : batches.at(none + "-0")) CHECK(b.producer_id == -1);
    for (const Batch& b : batches.at(leader + "-0")) CHECK(b.producer_id == -1);
}

TEST_CASE("produce of many lines: every one delivered and batched (async)") {
    const std::string topic = create_topic("prod-many", 3, 2);
    const auto r = produce(topic, {"-q"}, numbered_lines(0, 50000));
    require_ok(r);
    const auto held = consume_jsonl(topic);
    CHECK(held.size() == 50000);
    std::set<std::string> distinct;
    for (const json& m : held) distinct.insert(m["value"].get<std::string>());
    CHECK(distinct.size() == 50000);
    CHECK(kcat_consume(topic).size() == 50000);

    // Batched: far fewer batches than messages; idempotent (acks=all by default).
    const auto batches = stored_batches({topic + "-0", topic + "-1", topic + "-2"});
    long long records = 0, count = 0;
    for (const auto& [log, list] : batches) {
        records += records_in(list);
        count += static_cast<long long>(list.size());
        for (const Batch& b : list) CHECK(b.producer_id >= 0);
    }
    CHECK(records == 50000);
    CHECK(count * 20 < records);
}

TEST_CASE("produce --rate N paces the messages") {
    const std::string topic = create_topic("prod-rate", 1, 1);
    const auto r = produce(topic, {"--rate", "20"}, numbered_lines(0, 21));
    require_ok(r);
    // 21 messages at 20/s: the last leaves after 1 s. A lower bound: a slow machine
    // only makes it longer.
    CHECK(r.elapsed >= 950ms);
    CHECK(consume_jsonl(topic).size() == 21);
}

TEST_CASE("produce --rate: SIGINT while waiting for the next slot fails nothing") {
    const std::string topic = create_topic("prod-rate-sigint", 1, 1);
    ProcessOptions options;
    options.signal = SIGINT;
    // Two messages a second: after the second is acknowledged kfk waits for the third's
    // slot (or the fourth's), never in the middle of a send.
    options.signal_after_err = "line 2: partition 0 offset 1\n";
    options.limit = 30s;
    const auto r = produce(topic, {"-v", "--rate", "2"}, numbered_lines(0, 100), options);
    CHECK(r.signal_sent);
    CHECK(r.exit_code == 130);
    CHECK(contains(r.err, "interrupted"));
    CHECK_FALSE(contains(r.err, "failed"));
    const auto delivered = consume_jsonl(topic).size();
    CHECK(delivered >= 2);
    CHECK(contains(r.err, "delivered " + std::to_string(delivered) + " messages"));
}

TEST_CASE(
    "produce: a message over the topic's max.message.bytes fails naming its line while the others "
    "are delivered") {
    const std::string topic = create_topic("prod-oversize", 1, 2, {"-c", "max.message.bytes=1000"});
    const std::string big(5000, 'B');
    const std::string input = "small1\nsmall2\n" + big + "\nsmall4\nsmall5\n";
    const auto r = produce(topic, {}, input);
    CHECK(r.exit_code == 5);
    CHECK(contains(r.err, "delivered 4 messages"));
    CHECK(contains(r.err, "1 failed"));
    CHECK(contains(
        r.err,
        "1 of 5 messages not delivered (line 3): larger than the topic's max.message.bytes"));
    CHECK(values_of(consume_jsonl(topic)) ==
          std::vector<std::string>{"small1", "small2", "small4", "small5"});
    CHECK(values_of(kcat_consume(topic), "payload") ==
          std::vector<std::string>{"small1", "small2", "small4", "small5"});
}

TEST_CASE(
    "produce --compression: the broker judges the compressed size against max.message.bytes") {
    const std::string topic =
        create_topic("prod-oversize-z", 1, 2, {"-c", "max.message.bytes=1000"});
    // 5,000 bytes that gzip makes a few dozen: the broker accepts them, as it does kcat's.
    const std::string compressible(5000, 'C');
    const auto fits = produce(topic, {"--compression", "gzip"}, compressible + "\n");
    CHECK_MESSAGE(fits.exit_code == 0, fits.err);
    // 5,000 bytes of varied text do not compress below 1,000: refused, naming its line.
    std::string varied;
    for (int i = 0; varied.size() < 5000; ++i) varied += std::to_string(i * 7919 % 100003) + ",";
    const auto refused = produce(topic, {"--compression", "gzip"}, "small\n" + varied + "\n");
    CHECK(refused.exit_code == 5);
    CHECK(contains(refused.err,
                   "1 of 2 messages not delivered (line 2): larger than the topic's "
                   "max.message.bytes"));
    // Many small messages still go in batches that the broker accepts.
    const auto many = produce(topic, {"-X", "compression.codec=lz4"}, numbered_lines(0, 500));
    CHECK_MESSAGE(many.exit_code == 0, many.err);
    const auto held = values_of(consume_jsonl(topic));
    REQUIRE(held.size() == 502);
    CHECK(held[0] == compressible);
    CHECK(held[1] == "small");
    CHECK(held[2] == "m0");
    CHECK(held[501] == "m499");
}

TEST_CASE(
    "produce to an unreachable cluster exits 6 within --timeout and reports nothing delivered") {
    ProcessOptions options;
    options.stdin_data = "a\nb\n";
    const auto r =
        run_kfk({"-b", "127.0.0.1:1", "--timeout", "2s", "produce", "prod-unreachable"}, options);
    CHECK(r.exit_code == 6);
    const auto timing = within_deadline(r, 2s);
    CHECK_MESSAGE(timing.ok, timing.detail);
    CHECK_FALSE(contains(r.err, "delivered"));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("produce: SIGINT stops reading and reports the delivered count and exits 130") {
    const std::string topic = create_topic("prod-sigint", 1, 2);
    ProcessOptions options;
    options.keep_stdin_open = true;  // no end of input: only the signal ends it
    options.signal = SIGINT;
    options.signal_after_err = "line 5: partition 0 offset 4\n";
    options.limit = 30s;
    // Five lines, then one still being written when the signal comes: not a message.
    const auto r = produce(topic, {"-v"}, numbered_lines(0, 5) + "partial", options);
    CHECK(r.signal_sent);
    CHECK_FALSE(r.killed_at_limit);
    CHECK(r.exit_code == 130);
    CHECK(contains(r.err, "delivered 5 messages"));
    CHECK(contains(r.err, "interrupted"));
    CHECK_FALSE(contains(r.err, "failed"));
    CHECK(values_of(consume_jsonl(topic)) ==
          std::vector<std::string>{"m0", "m1", "m2", "m3", "m4"});
}

TEST_CASE("produce: SIGINT after a failed message still names its line and reason") {
    const std::string topic =
        create_topic("prod-sigint-failed", 1, 1, {"-c", "max.message.bytes=1000"});
    ProcessOptions options;
    options.keep_stdin_open = true;  // only the signal ends the input
    options.signal = SIGINT;
    options.signal_after_err = "line 3: partition 0 offset 1\n";
    options.limit = 30s;
    const auto r =
        produce(topic, {"--sync", "-v"}, "ok1\n" + std::string(5000, 'B') + "\nok3\n", options);
    CHECK(r.signal_sent);
    CHECK(r.exit_code == 130);
    CAPTURE(r.err);
    CHECK(contains(r.err, "delivered 2 messages"));
    CHECK(contains(r.err, "1 failed, interrupted"));
    // The exit code is the interrupt's, and the failure is still explained.
    CHECK(contains(r.err, "kfk: produce to " + topic +
                              ": 1 of 3 messages not delivered (line 2): larger than the topic's "
                              "max.message.bytes (1000)"));
    CHECK(values_of(consume_jsonl(topic)) == std::vector<std::string>{"ok1", "ok3"});
}
