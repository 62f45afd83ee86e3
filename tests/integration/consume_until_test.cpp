// consume --until against the real cluster: messages with explicit timestamps (kfk's
// JSON input), a time window cross-checked with kcat's -o s@T1 -o e@T2.

#include <doctest/doctest.h>

#include <set>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timed_messages.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

std::set<std::string> consumed(const std::vector<std::string>& args) {
    std::vector<std::string> all{"consume", "-q"};
    all.insert(all.end(), args.begin(), args.end());
    const auto r = kfk_on_cluster(all);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const auto lines = lines_of(r.out);
    return {lines.begin(), lines.end()};
}

}  // namespace

TEST_CASE("consume --from @T1 --until @T2 prints exactly the messages from T1 up to T2 as kcat") {
    const std::string topic = create_topic("read15-until", 2, 2);
    const std::int64_t base = now_ms() - 60'000;
    std::vector<std::int64_t> p0, p1;
    for (int i = 0; i < 10; ++i) p0.push_back(base + i * 1000);
    for (int i = 0; i < 10; ++i) p1.push_back(base + 500 + i * 1000);
    produce_at(topic, 0, p0);
    produce_at(topic, 1, p1);

    const std::int64_t t1 = base + 2000, t2 = base + 6000;  // p0: 2..5, p1: 2..5 (x500)
    std::set<std::string> expected;
    for (std::int64_t t : p0)
        if (t >= t1 && t < t2) expected.insert(timed_value(0, t));
    for (std::int64_t t : p1)
        if (t >= t1 && t < t2) expected.insert(timed_value(1, t));
    REQUIRE(expected.size() == 8);

    const std::string from = "@" + std::to_string(t1), until = "@" + std::to_string(t2);
    CHECK(consumed({topic, "--from", from, "--until", until}) == expected);

    const auto kcat = run_process({"kcat", "-C", "-b", local_cluster().bootstrap, "-t", topic, "-o",
                                   "s@" + std::to_string(t1), "-o", "e@" + std::to_string(t2), "-e",
                                   "-q", "-f", "%s\\n"});
    REQUIRE_MESSAGE(kcat.exit_code == 0, kcat.err);
    const auto kcat_lines = lines_of(kcat.out);
    CHECK(std::set<std::string>(kcat_lines.begin(), kcat_lines.end()) == expected);

    // Every format, one partition, -n, and a group.
    const auto jsonl =
        consumed({topic, "--from", from, "--until", until, "-o", "jsonl", "-p", "1"});
    CHECK(jsonl.size() == 4);
    for (const std::string& line : jsonl) {
        const json m = json::parse(line);
        CHECK(m["partition"] == 1);
        CHECK(m["timestamp"] >= t1);
        CHECK(m["timestamp"] < t2);
    }
    const auto doc = kfk_json({"consume", "-q", topic, "--from", from, "--until", until});
    CHECK(doc.size() == 8);
    CHECK(consumed({topic, "--from", from, "--until", until, "-n", "3"}).size() == 3);
    const std::string group = unique_name("read15-until");
    CHECK(consumed({topic, "-g", group, "--from", from, "--until", until}) == expected);
    // The group committed where it stopped: the next run starts at the window's end.
    CHECK(consumed({topic, "-g", group, "--until", "end"}).size() == 8);
    // A group already past the stop reads nothing and stays where it is (10 and 10):
    // the next run finds nothing either, not the 14 messages after offset 3.
    CHECK(consumed({topic, "-g", group, "--until", "3"}).empty());
    CHECK(consumed({topic, "-g", group, "--from", "beginning", "-e"}).empty());

    // Offsets and the end: --until N, --until end on a topic that grows meanwhile.
    CHECK(consumed({topic, "-p", "0", "--from", "beginning", "--until", "3"}).size() == 3);
    // -e and --until are one stop: --until's, never past the end.
    CHECK(consumed({topic, "-p", "0", "--from", "beginning", "--until", "3", "-e"}).size() == 3);
    CHECK(consumed({topic, "--from", "beginning", "--until", "end"}).size() == 20);
    CHECK(consumed({topic, "--from", "beginning", "--until", "beginning"}).empty());
    // A window after the last message ends at once, empty.
    CHECK(consumed({topic, "--from", "@" + std::to_string(now_ms() + 60'000), "--until",
                    "@" + std::to_string(now_ms() + 120'000)})
              .empty());
    kfk_on_cluster({"group", "delete", group});
    kfk_on_cluster({"topic", "delete", topic, "--yes"});
}

TEST_CASE("consume --until: stored or a malformed spec is a usage error") {
    auto r = kfk_on_cluster({"consume", "t", "--until", "stored"});
    CHECK(r.exit_code == 2);
    r = kfk_on_cluster({"consume", "t", "--until", "tomorrow"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("kfk: --until: invalid position 'tomorrow'") == 0);
}
