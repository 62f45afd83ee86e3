// consume -e: each partition ends at the high watermark it had when kfk started reading
// it, so a run ends also on a topic that grows meanwhile, even one fed by its own output.

#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

std::vector<std::string> consume_e(const std::vector<std::string>& args) {
    std::vector<std::string> all{"consume", "-q", "-e"};
    all.insert(all.end(), args.begin(), args.end());
    const auto r = kfk_on_cluster(all);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return lines_of(r.out);
}

// partition -> high watermark, as `partitions list` reports it.
std::map<int, std::int64_t> high_watermarks(const std::string& topic) {
    std::map<int, std::int64_t> out;
    const json listed = kfk_json({"partitions", "list", topic});
    for (const json& p : listed["partitions"])
        out[p["partition"].get<int>()] = p["high"].get<std::int64_t>();
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> lines) {
    std::sort(lines.begin(), lines.end());
    return lines;
}

}  // namespace

TEST_CASE("consume -e piped into produce to the same topic ends, and the topic doubles") {
    const std::string topic = create_topic("self-fed", 3, 2);
    kcat_produce(topic, 0, numbered(0, 20));
    kcat_produce(topic, 2, numbered(20, 30));  // partition 1 stays empty
    ProcessOptions options;
    options.env = {{"B", local_cluster().bootstrap}, {"KFK", KFK_BINARY}, {"T", topic}};
    const auto piped =
        run_process({"bash", "-c",
                     "set -o pipefail; $KFK -b $B consume $T --from beginning -e -o jsonl -q"
                     " | $KFK -b $B produce $T --input json -q"},
                    options);
    REQUIRE_MESSAGE(piped.exit_code == 0, piped.err);

    // Each message is there twice, in its own partition ("partition" in the jsonl).
    const std::map<int, std::int64_t> expected{{0, 40}, {1, 0}, {2, 20}};
    CHECK(high_watermarks(topic) == expected);
    std::vector<std::string> twice;
    for (const std::string& v : numbered(0, 30)) twice.insert(twice.end(), {v, v});
    CHECK(sorted(consume_e({topic, "--from", "beginning"})) == sorted(twice));
}

TEST_CASE("consume -e ends on a topic whose partitions are partly empty") {
    const std::string topic = create_topic("e-empty", 4, 1);
    kcat_produce(topic, 1, numbered(0, 3));
    CHECK(consume_e({topic, "--from", "beginning"}) == numbered(0, 3));
    CHECK(consume_e({topic, "--from", "end"}).empty());
    CHECK(consume_e({topic, "-p", "0", "-p", "3", "--from", "beginning"}).empty());
    const std::string empty = create_topic("e-all-empty", 2, 1);
    CHECK(consume_e({empty, "--from", "beginning"}).empty());
    CHECK(consume_e({empty, "-g", unique_name("g"), "--from", "beginning"}).empty());
}

TEST_CASE("consume -e -g commits the end of every partition, empty ones included") {
    const std::string topic = create_topic("e-commit", 3, 2);
    const std::string group = unique_name("g");
    kcat_produce(topic, 0, numbered(0, 5));
    kcat_produce(topic, 1, numbered(5, 7));
    CHECK(sorted(consume_e({topic, "-g", group, "--from", "beginning"})) == numbered(0, 7));

    std::map<int, json> committed;
    const json lag = kfk_json({"group", "lag", group, "--topic", topic});
    for (const json& t : lag["groups"][0]["topics"])
        for (const json& p : t["partitions"]) committed[p["partition"].get<int>()] = p["committed"];
    CHECK(committed[0] == 5);
    CHECK(committed[1] == 2);
    CHECK(committed[2] == 0);

    // The next run goes on from there: only what came since.
    kcat_produce(topic, 2, {"late"});
    CHECK(consume_e({topic, "-g", group}) == std::vector<std::string>{"late"});
    CHECK(consume_e({topic, "-g", group}).empty());
}
