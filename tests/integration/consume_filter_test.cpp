// consume --key, --grep, --key-grep, --header and --tail against the real cluster. Key
// lookups are cross-checked with kcat's full scan filtered by key; every expectation is
// computed from what the test produced, never from kfk's own answer.

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <utility>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timed_messages.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Produces JSON lines through kfk (its murmur2 partitioner places keyed messages).
void produce_json(const std::string& topic, const std::vector<json>& records) {
    ProcessOptions input;
    for (const json& r : records) input.stdin_data += r.dump() + "\n";
    const auto r = kfk_on_cluster({"produce", "-q", topic, "--input", "json"}, input);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
}

ProcessResult consume(const std::string& topic, const std::vector<std::string>& args) {
    std::vector<std::string> all{"consume", topic, "--from", "beginning", "-e"};
    all.insert(all.end(), args.begin(), args.end());
    return kfk_on_cluster(all);
}

std::multiset<std::string> values_of(const std::string& topic,
                                     const std::vector<std::string>& args) {
    std::vector<std::string> all = args;
    all.insert(all.end(), {"-q", "-f", "%s\\n"});
    const auto r = consume(topic, all);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const auto lines = lines_of(r.out);
    return {lines.begin(), lines.end()};
}

// kcat's full scan of the topic: (partition, key, value) of every message.
struct Seen {
    int partition;
    std::string key;
    std::string value;
};
std::vector<Seen> kcat_all(const std::string& topic) {
    const auto r = run_process({"kcat", "-C", "-b", local_cluster().bootstrap, "-t", topic, "-o",
                                "beginning", "-e", "-q", "-f", "%p\\t%k\\t%s\\n"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::vector<Seen> out;
    for (const std::string& line : lines_of(r.out)) {
        const auto a = line.find('\t'), b = line.find('\t', a + 1);
        REQUIRE(b != std::string::npos);
        out.push_back(
            {std::stoi(line.substr(0, a)), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    return out;
}

}  // namespace

TEST_CASE("consume --key prints exactly that key's messages, reading only its partition") {
    const int partitions = 6;
    const std::string topic = create_topic("read15b-key", partitions, 2);
    const std::string binary_key("\x00\xff", 2);
    std::vector<json> records;
    for (int round = 0; round < 4; ++round) {
        for (int k = 0; k < 12; ++k) {
            const std::string key = "user-" + std::to_string(k);
            records.push_back({{"key", key}, {"value", key + ":" + std::to_string(round)}});
        }
        // Near misses: a longer key, a null key with the key as its value.
        records.push_back({{"key", "user-30"}, {"value", "near:" + std::to_string(round)}});
        records.push_back({{"value", "user-3"}});
        records.push_back({{"key", "AP8="},
                           {"key_encoding", "base64"},
                           {"value", "binary:" + std::to_string(round)}});
    }
    produce_json(topic, records);

    const std::vector<Seen> all = kcat_all(topic);
    REQUIRE(all.size() == records.size());
    const auto kcat_values = [&](const std::set<std::string>& keys) {
        std::multiset<std::string> out;
        for (const Seen& s : all)
            if (keys.count(s.key)) out.insert(s.value);
        return out;
    };
    std::map<int, int> per_partition;
    for (const Seen& s : all) ++per_partition[s.partition];
    int user3_partition = -1;
    for (const Seen& s : all)
        if (s.key == "user-3") user3_partition = s.partition;
    REQUIRE(user3_partition >= 0);

    // Exactly the key's messages, as kcat's full scan filtered by key.
    const auto user3 = values_of(topic, {"--key", "user-3"});
    CHECK(user3.size() == 4);
    CHECK(user3 == kcat_values({"user-3"}));
    CHECK(values_of(topic, {"--key", "user-3", "--key", "user-8", "--key", "user-3"}) ==
          kcat_values({"user-3", "user-8"}));
    CHECK(values_of(topic, {"--key", "AP8=", "--key-encoding", "base64"}) ==
          kcat_values({binary_key}));
    CHECK(values_of(topic, {"--key", "AP8="}).empty());  // the text "AP8=" is no key here
    CHECK(values_of(topic, {"--key", "nobody"}).empty());
    // -n counts matches.
    CHECK(values_of(topic, {"--key", "user-3", "-n", "3"}).size() == 3);

    // Only the key's partition is read: -v names it, the summary scanned just it.
    const auto verbose = consume(topic, {"--key", "user-3", "-v"});
    REQUIRE_MESSAGE(verbose.exit_code == 0, verbose.err);
    const std::string where = "reading " + topic + " partition " + std::to_string(user3_partition);
    CHECK_MESSAGE(contains(verbose.err, where), verbose.err);
    CHECK_MESSAGE(
        contains(verbose.err, "scanned " + std::to_string(per_partition[user3_partition]) +
                                  " messages, matched 4"),
        verbose.err);
    for (const std::string& line : lines_of(consume(topic, {"--key", "user-3", "-o", "jsonl"}).out))
        CHECK(json::parse(line)["partition"] == user3_partition);

    // -p must include the key's partition: another one is refused, that one is fine.
    const int other = (user3_partition + 1) % partitions;
    const auto refused = consume(topic, {"--key", "user-3", "-p", std::to_string(other)});
    CHECK(refused.exit_code == 2);
    CHECK(refused.out.empty());
    CHECK(lines_of(refused.err).size() == 1);
    CHECK_MESSAGE(contains(refused.err, "maps to partition " + std::to_string(user3_partition)),
                  refused.err);
    CHECK(values_of(topic, {"--key", "user-3", "-p", std::to_string(user3_partition), "-p",
                            std::to_string(other)}) == kcat_values({"user-3"}));

    // A group reads the key's partition and goes on after it: nothing new next time.
    const std::string group = unique_name("read15b-key");
    CHECK(values_of(topic, {"--key", "user-3", "-g", group}) == kcat_values({"user-3"}));
    CHECK(values_of(topic, {"--key", "user-3", "-g", group}).empty());
    kfk_on_cluster({"group", "delete", group});
    kfk_on_cluster({"topic", "delete", topic, "--yes"});
}

TEST_CASE("consume filters: --grep, --key-grep and --header all must match, -n counts matches") {
    const std::string topic = create_topic("read15b-grep", 3, 2);
    std::vector<json> records;
    struct Sent {
        std::string key, value, env;
    };
    std::vector<Sent> sent;
    for (int i = 0; i < 30; ++i) {
        Sent s{"k" + std::to_string(i % 3),
               "value-" + std::to_string(i) + (i % 5 == 0 ? " ERROR" : ""), i % 2 ? "prod" : "dev"};
        sent.push_back(s);
        records.push_back({{"key", s.key},
                           {"value", s.value},
                           {"headers", json::array({{{"key", "env"}, {"value", s.env}}})}});
    }
    records.push_back({{"value", "null key ERROR"}});  // no key, no headers
    produce_json(topic, records);
    REQUIRE(kcat_all(topic).size() == records.size());

    const auto expected = [&](const std::function<bool(const Sent&)>& keep, bool null_key_too) {
        std::multiset<std::string> out;
        for (const Sent& s : sent)
            if (keep(s)) out.insert(s.value);
        if (null_key_too) out.insert("null key ERROR");
        return out;
    };
    const auto errors = expected([](const Sent& s) { return contains(s.value, "ERROR"); }, true);
    CHECK(errors.size() == 7);
    CHECK(values_of(topic, {"--grep", "ERROR$"}) == errors);
    CHECK(
        values_of(topic, {"--grep", "ERROR", "--key-grep", "^k[12]$"}) ==
        expected([](const Sent& s) { return contains(s.value, "ERROR") && s.key != "k0"; }, false));
    CHECK(values_of(topic, {"--header", "env=^prod$"}) ==
          expected([](const Sent& s) { return s.env == "prod"; }, false));
    CHECK(values_of(topic, {"--header", "env=^dev", "--grep", "ERROR", "--key", "k0"}) ==
          expected(
              [](const Sent& s) {
                  return s.env == "dev" && contains(s.value, "ERROR") && s.key == "k0";
              },
              false));
    CHECK(values_of(topic, {"--header", "env=prod", "--header", "env=dev"}).empty());
    CHECK(values_of(topic, {"--header", "missing="}).empty());
    CHECK(values_of(topic, {"--grep", "ERROR", "-n", "2"}).size() == 2);

    // The summary: scanned everything, matched some; every output format filters.
    const auto summary = consume(topic, {"--grep", "ERROR", "-f", "%s\\n"});
    REQUIRE_MESSAGE(summary.exit_code == 0, summary.err);
    CHECK_MESSAGE(contains(summary.err, "scanned 31 messages, matched 7"), summary.err);
    const auto doc = kfk_json({"consume", "-q", topic, "--from", "beginning", "-e", "--grep",
                               "ERROR", "--header", "env=prod"});
    CHECK(doc.size() == 3);  // 5, 15, 25

    // A bad regular expression is a usage error, one line, before anything is read.
    const auto bad = consume(topic, {"--grep", "(unclosed"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.empty());
    CHECK(lines_of(bad.err).size() == 1);
    CHECK(bad.err.rfind("kfk: --grep: invalid regular expression '(unclosed'", 0) == 0);
    kfk_on_cluster({"topic", "delete", topic, "--yes"});
}

TEST_CASE("consume --tail N prints the newest N messages of all partitions in timestamp order") {
    const std::string topic = create_topic("read15b-tail", 3, 2);
    const std::int64_t base = now_ms() - 600'000;
    // Partition 0 holds many older messages, partition 2 the few newest of all, and
    // partition 1 lies in between: a per-partition -N would print the wrong ones.
    std::vector<std::int64_t> p0, p1, p2;
    for (int i = 0; i < 10; ++i) p0.push_back(base + i * 10);
    for (int i = 0; i < 5; ++i) p1.push_back(base + 5 + i * 10);
    for (int i = 0; i < 3; ++i) p2.push_back(base + 1000 + i);
    produce_at(topic, 0, p0);
    produce_at(topic, 1, p1);
    produce_at(topic, 2, p2);
    std::vector<std::pair<std::int64_t, std::string>> all;
    for (std::int64_t t : p0) all.emplace_back(t, timed_value(0, t));
    for (std::int64_t t : p1) all.emplace_back(t, timed_value(1, t));
    for (std::int64_t t : p2) all.emplace_back(t, timed_value(2, t));
    std::sort(all.begin(), all.end());
    const auto newest = [&](std::size_t n) {
        std::vector<std::string> out;
        for (std::size_t i = all.size() - std::min(n, all.size()); i < all.size(); ++i)
            out.push_back(all[i].second);
        return out;
    };
    const auto tail = [&](const std::vector<std::string>& args) {
        std::vector<std::string> argv{"consume", topic, "-q", "-f", "%s\\n"};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto r = kfk_on_cluster(argv);
        REQUIRE_MESSAGE(r.exit_code == 0, r.err);
        return lines_of(r.out);
    };
    CHECK(tail({"--tail", "5"}) == newest(5));
    CHECK(newest(5) ==
          std::vector<std::string>{timed_value(0, base + 80), timed_value(0, base + 90),
                                   timed_value(2, base + 1000), timed_value(2, base + 1001),
                                   timed_value(2, base + 1002)});
    CHECK(tail({"--tail", "1"}) == newest(1));
    CHECK(tail({"--tail", "100"}) == newest(100));  // all 18, oldest first
    CHECK(tail({"--tail", "7", "-p", "1"}) ==
          std::vector<std::string>{timed_value(1, p1[0]), timed_value(1, p1[1]),
                                   timed_value(1, p1[2]), timed_value(1, p1[3]),
                                   timed_value(1, p1[4])});
    // With a filter: the newest N matches, wherever they lie.
    CHECK(tail({"--tail", "2", "--grep", "^p[01]-"}) ==
          std::vector<std::string>{timed_value(0, base + 80), timed_value(0, base + 90)});
    CHECK(tail({"--tail", "2", "--grep", "^p1-"}) ==
          std::vector<std::string>{timed_value(1, base + 35), timed_value(1, base + 45)});
    const json doc = kfk_json({"consume", "-q", topic, "--tail", "4"});
    REQUIRE(doc.size() == 4);
    for (std::size_t i = 1; i < doc.size(); ++i)
        CHECK(doc[i - 1]["timestamp"].get<std::int64_t>() <=
              doc[i]["timestamp"].get<std::int64_t>());
    CHECK(doc[3]["value"] == timed_value(2, base + 1002));

    CHECK(kfk_on_cluster({"consume", topic, "--tail", "3", "-g", "g"}).exit_code == 2);
    CHECK(kfk_on_cluster({"consume", topic, "--tail", "3", "-n", "2"}).exit_code == 2);
    kfk_on_cluster({"topic", "delete", topic, "--yes"});
}

TEST_CASE("consume --key --partitioner finds the keys of topics written by librdkafka clients") {
    // kcat places keys with librdkafka's partitioners: consistent_random (its default,
    // CRC-32) and fnv1a. Where each key landed comes from kcat's own full scan.
    const int partitions = 12;
    for (const auto& [librdkafka_name, kfk_name] : std::vector<std::pair<std::string, std::string>>{
             {"consistent_random", "crc32"}, {"fnv1a", "fnv1a"}}) {
        CAPTURE(kfk_name);
        const std::string topic = create_topic("read15-partitioner", partitions, 2);
        std::string lines;
        for (int round = 0; round < 3; ++round) {
            for (int k = 0; k < 24; ++k)
                lines += "order-" + std::to_string(k) + "\t" + std::to_string(round) + "\n";
        }
        ProcessOptions input;
        input.stdin_data = lines;
        const auto produced =
            run_process({"kcat", "-P", "-b", local_cluster().bootstrap, "-t", topic, "-K", "\t",
                         "-X", "partitioner=" + librdkafka_name},
                        input);
        REQUIRE_MESSAGE(produced.exit_code == 0, produced.err);
        const std::vector<Seen> all = kcat_all(topic);
        // Says what kcat's producer reported, should its messages not all be there.
        REQUIRE_MESSAGE(all.size() == 72, "kcat -P said: " << produced.err);

        // Every key: its three messages, from the one partition kcat put it in.
        int moved_keys = 0;  // keys murmur2 would look for elsewhere
        for (int k = 0; k < 24; ++k) {
            const std::string key = "order-" + std::to_string(k);
            int where = -1;
            for (const Seen& s : all)
                if (s.key == key) where = s.partition;
            REQUIRE(where >= 0);
            const auto r =
                consume(topic, {"--key", key, "--partitioner", kfk_name, "-v", "-f", "%p %s\\n"});
            REQUIRE_MESSAGE(r.exit_code == 0, r.err);
            const std::string p = std::to_string(where);
            const std::vector<std::string> expected{p + " 0", p + " 1", p + " 2"};
            CHECK_MESSAGE(lines_of(r.out) == expected, key << " in partition " << p
                                                           << "; kfk printed:\n"
                                                           << r.out << r.err);
            CHECK_MESSAGE(contains(r.err, "reading " + topic + " partition " + p + " of 12\n"),
                          r.err);
            const auto keys =
                kfk_json({"partitions", "key", topic, key, "--partitioner", kfk_name});
            CHECK(keys["keys"][0]["partition"] == where);
            CHECK(keys["partitioner"] == kfk_name);
            const auto java = kfk_json({"partitions", "key", topic, key});
            if (java["keys"][0]["partition"] != where) ++moved_keys;
        }
        // The partitioner matters: with Java's murmur2 most keys would be looked for in
        // the wrong partition (1 in 12 agree by chance).
        CHECK(moved_keys >= 12);
    }
}

TEST_CASE("consume --partitioner without --key, or an unknown partitioner, is a usage error") {
    const auto alone = kfk_on_cluster({"consume", "t", "--partitioner", "crc32", "-e"});
    CHECK(alone.exit_code == 2);
    CHECK(lines_of(alone.err).size() == 1);
    CHECK_MESSAGE(contains(alone.err, "--key"), alone.err);
    const auto unknown = kfk_on_cluster({"consume", "t", "--key", "k", "--partitioner", "random"});
    CHECK(unknown.exit_code == 2);
    CHECK(lines_of(unknown.err).size() == 1);
}
