// kfk consume against the real cluster, with messages produced by kcat (an independent
// producer).

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timed_messages.hpp"
#include "support/timing.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

std::vector<std::string> consume_values(const std::vector<std::string>& args) {
    std::vector<std::string> all{"consume", "-q"};
    all.insert(all.end(), args.begin(), args.end());
    const auto r = kfk_on_cluster(all);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return lines_of(r.out);
}

// "@-DURATION" naming the instant just after `t` (a now_ms() reading), computed at the
// last moment. kfk reads its clock later than this does, so the instant it derives is
// later still, never earlier: what was written before `t` is excluded for certain, and
// what is written after a pause following `t` is included as long as kfk starts within
// that pause. (A fixed "@-1s" would also count the time to produce and to start kfk.)
std::string ago_since(std::int64_t t) { return "@-" + std::to_string(now_ms() - t - 1) + "ms"; }

// Runs a shell pipeline with the cluster's bootstrap in $B and kfk in $KFK.
ProcessResult shell(const std::string& script) {
    ProcessOptions options;
    options.env = {{"B", local_cluster().bootstrap}, {"KFK", KFK_BINARY}};
    return run_process({"bash", "-c", script}, options);
}

}  // namespace

TEST_CASE("consume --from beginning, end, N and -N, per partition") {
    const std::string topic = create_topic("from", 2, 2);
    kcat_produce(topic, 0, numbered(0, 10));
    kcat_produce(topic, 1, numbered(10, 15));

    auto all = consume_values({topic, "--from", "beginning", "-e"});
    CHECK(all.size() == 15);
    CHECK(std::set<std::string>(all.begin(), all.end()).size() == 15);

    CHECK(consume_values({topic, "--from", "end", "-e"}).empty());
    CHECK(consume_values({topic, "-p", "0", "--from", "7", "-e"}) ==
          std::vector<std::string>{"m7", "m8", "m9"});
    CHECK(consume_values({topic, "-p", "0", "--from", "-2", "-e"}) ==
          std::vector<std::string>{"m8", "m9"});
    // Past the end starts at the end; more than the partition holds starts at its start.
    CHECK(consume_values({topic, "-p", "1", "--from", "99", "-e"}).empty());
    CHECK(consume_values({topic, "-p", "1", "--from", "-99", "-e"}) == numbered(10, 15));
    CHECK(consume_values({topic, "-p", "0", "-p", "1", "--from", "-1", "-e"}).size() == 2);
}

TEST_CASE("consume --from @TIMESTAMP (ms and RFC 3339) and @-DURATION start between messages") {
    const std::string topic = create_topic("from-time", 1, 1);
    kcat_produce(topic, 0, numbered(0, 3));
    std::this_thread::sleep_for(100ms);
    const std::int64_t between = now_ms();
    std::this_thread::sleep_for(100ms);
    kcat_produce(topic, 0, numbered(3, 5));

    CHECK(consume_values({topic, "--from", "@" + std::to_string(between), "-e"}) == numbered(3, 5));

    const std::time_t seconds = static_cast<std::time_t>(between / 1000);
    char rfc3339[64];
    std::strftime(rfc3339, sizeof rfc3339, "%Y-%m-%dT%H:%M:%S", std::gmtime(&seconds));
    const std::string at =
        "@" + std::string(rfc3339) + "." + std::to_string(1000 + between % 1000).substr(1) + "Z";
    CHECK(consume_values({topic, "--from", at, "-e"}) == numbered(3, 5));

    // After the last message: nothing, and -e still ends.
    CHECK(consume_values({topic, "--from", "@" + std::to_string(now_ms() + 60'000), "-e"}).empty());

    // A relative start between the messages above and one produced 2 s later.
    const std::int64_t after_old = now_ms();
    std::this_thread::sleep_for(2s);
    kcat_produce(topic, 0, {"recent"});
    CHECK(consume_values({topic, "--from", ago_since(after_old), "-e"}) ==
          std::vector<std::string>{"recent"});
}

TEST_CASE("consume: a topic or partition named twice is read once, with or without a group") {
    const std::string t = create_topic("ux14-twice", 2, 1);
    kcat_produce(t, 0, numbered(0, 3));
    kcat_produce(t, 1, numbered(3, 5));
    CHECK(consume_values({t, t, "--from", "beginning", "-e"}).size() == 5);
    CHECK(consume_values({t, "-p", "0", "-p", "0", "--from", "beginning", "-e"}).size() == 3);
    const std::string group = unique_name("ux14-twice-g");
    CHECK(consume_values({t, t, "-g", group, "--from", "beginning", "-e"}).size() == 5);
    const auto lag = kfk_on_cluster({"group", "lag", group, group, "-o", "json"});
    CHECK_MESSAGE(lag.exit_code == 0, lag.err);
    CHECK(json::parse(lag.out)["groups"].size() == 1);
    kfk_on_cluster({"group", "delete", group});
    kfk_on_cluster({"topic", "delete", t});
}

TEST_CASE("consume -n stops after COUNT messages in total over several topics") {
    const std::string a = create_topic("count", 1, 1);
    const std::string b = create_topic("count", 1, 1);
    kcat_produce(a, 0, numbered(0, 5));
    kcat_produce(b, 0, numbered(5, 10));
    CHECK(consume_values({a, b, "--from", "beginning", "-n", "7"}).size() == 7);
    CHECK(consume_values({a, b, "--from", "beginning", "-e"}).size() == 10);
}

TEST_CASE("consume -f, --print-key and -o jsonl show keys, headers and positions") {
    const std::string topic = create_topic("format", 1, 1);
    ProcessOptions input;
    input.stdin_data = "k1:v1\n";
    const auto produced = run_process({"kcat", "-P", "-b", local_cluster().bootstrap, "-t", topic,
                                       "-K", ":", "-H", "h=1", "-H", "h=2", "-H", "x=y"},
                                      input);
    REQUIRE_MESSAGE(produced.exit_code == 0, produced.err);

    CHECK(
        consume_values({topic, "--from", "beginning", "-e", "-f", "%t|%p|%o|%k|%s|%h|%K|%S\\n"}) ==
        std::vector<std::string>{topic + "|0|0|k1|v1|h=1,h=2,x=y|2|2"});
    CHECK(consume_values({topic, "--from", "beginning", "-e", "--print-key"}) ==
          std::vector<std::string>{"k1\tv1"});

    const auto jsonl = consume_values({topic, "--from", "beginning", "-e", "-o", "jsonl"});
    REQUIRE(jsonl.size() == 1);
    const json m = json::parse(jsonl[0]);
    CHECK(m["topic"] == topic);
    CHECK(m["partition"] == 0);
    CHECK(m["offset"] == 0);
    CHECK(m["key"] == "k1");
    CHECK(m["value"] == "v1");
    CHECK(m["timestamp"].is_number());
    CHECK(m["timestamp_type"] == "create_time");
    CHECK(m["headers"] ==
          json::parse(
              R"([{"key":"h","value":"1"},{"key":"h","value":"2"},{"key":"x","value":"y"}])"));

    const auto whole =
        kfk_on_cluster({"consume", topic, "--from", "beginning", "-e", "-o", "json", "-q"});
    REQUIRE(whole.exit_code == 0);
    const json array = json::parse(whole.out);
    REQUIRE(array.is_array());
    CHECK(array.size() == 1);
    CHECK(array[0]["value"] == "v1");
}

TEST_CASE("consume -e with a group ends at the end, commits, and the next run starts after it") {
    const std::string topic = create_topic("group-e", 3, 2);
    const std::string group = unique_name("g");
    kcat_produce(topic, 0, numbered(0, 4));
    kcat_produce(topic, 2, numbered(4, 6));
    CHECK(consume_values({topic, "-g", group, "--from", "beginning", "-e"}).size() == 6);
    CHECK(consume_values({topic, "-g", group, "-e"}).empty());  // stored: all committed
    kcat_produce(topic, 1, {"late"});
    CHECK(consume_values({topic, "-g", group, "-e"}) == std::vector<std::string>{"late"});
}

TEST_CASE("a group run stopped by -n commits its start in partitions it did not reach") {
    const std::string topic = create_topic("group-n", 3, 1);
    const std::string group = unique_name("g");
    for (int p = 0; p < 3; ++p) kcat_produce(topic, p, numbered(p * 10, p * 10 + 10));
    // One message, from whichever partition comes first: the other two stay unread.
    REQUIRE(consume_values({topic, "-g", group, "--from", "beginning", "-n", "1"}).size() == 1);
    // `stored` (the default with -g) goes on from the start the first run chose,
    // not from the end: nothing is skipped.
    auto rest = consume_values({topic, "-g", group, "-e"});
    CHECK(rest.size() == 29);
    std::sort(rest.begin(), rest.end());
    CHECK(std::adjacent_find(rest.begin(), rest.end()) == rest.end());
}

TEST_CASE("a group consumer killed with SIGKILL skips nothing when restarted") {
    const std::string topic = create_topic("kill", 2, 2);
    const std::string group = unique_name("g");
    // Large messages and a slow reader keep kfk blocked on a full pipe with more
    // messages in its own buffer, while librdkafka auto-commits every 100 ms: an offset
    // committed before its message was written out would be lost by the kill.
    const std::string padding(1000, 'x');
    std::vector<std::string> messages;
    for (int i = 0; i < 3000; ++i) messages.push_back("m" + std::to_string(i) + "-" + padding);
    kcat_produce(topic, 0, std::vector<std::string>(messages.begin(), messages.begin() + 1500));
    kcat_produce(topic, 1, std::vector<std::string>(messages.begin() + 1500, messages.end()));

    const std::string options = " -g " + group +
                                " --from beginning -q -X session.timeout.ms=6000"
                                " -X auto.commit.interval.ms=100";
    const auto killed = shell(
        "dir=$(mktemp -d); mkfifo $dir/pipe; : > $dir/out; "
        "(while IFS= read -r line; do printf '%s\\n' \"${line%%-*}\"; sleep 0.002; done "
        "< $dir/pipe > $dir/out) & reader=$!; "
        "$KFK -b $B consume " +
        topic + options +
        " > $dir/pipe & pid=$!; "
        "while [ $(wc -l < $dir/out) -lt 300 ]; do sleep 0.01; done; sleep 0.5; "
        "kill -9 $pid; wait $reader; cat $dir/out; rm -rf $dir");
    const auto first = lines_of(killed.out);
    CHECK(first.size() >= 300);
    CHECK(first.size() < 3000);  // the kill came mid-stream

    std::vector<std::string> again{
        topic, "-g", group,  "--from", "beginning", "-X", "session.timeout.ms=6000",
        "-e",  "-f", "%s\\n"};
    const auto rest = consume_values(again);
    std::set<std::string> seen(first.begin(), first.end());
    for (const std::string& line : rest) seen.insert(line.substr(0, line.find('-')));
    CHECK(seen.size() == 3000);  // every message at least once
    CHECK(rest.size() < 3000);   // and the restart resumed from committed offsets
}

TEST_CASE("kfk consume | head exits 0 quietly") {
    const std::string topic = create_topic("pipe", 1, 1);
    kcat_produce(topic, 0, numbered(0, 20000));
    const auto r = shell("$KFK -b $B consume " + topic +
                         " --from beginning -q | head -3; "
                         "echo \"status=${PIPESTATUS[0]}\" >&2");
    CHECK(lines_of(r.out) == std::vector<std::string>{"m0", "m1", "m2"});
    CHECK(r.err == "status=0\n");
}

TEST_CASE("kfk consume | head ends when head does, also when no more messages come") {
    // 20 short messages fit the pipe's buffer: no write fails after head leaves, and no
    // new message comes to fail one. kfk notices the closed pipe while it waits.
    const std::string topic = create_topic("pipe-quiet", 1, 1);
    const std::string group = unique_name("pipe-quiet-g");
    kcat_produce(topic, 0, numbered(0, 20));
    ProcessOptions options;
    options.env = {{"B", local_cluster().bootstrap}, {"KFK", KFK_BINARY}};
    options.limit = std::chrono::seconds(30);
    const auto r = run_process({"bash", "-c",
                                "$KFK -b $B consume " + topic + " -g " + group +
                                    " --from beginning -q | head -3; "
                                    "echo \"status=${PIPESTATUS[0]}\" >&2"},
                               options);
    CHECK_FALSE(r.killed_at_limit);
    CHECK(lines_of(r.out) == std::vector<std::string>{"m0", "m1", "m2"});
    CHECK(r.err == "status=0\n");
    // All 20 were written to the pipe whole before head left: committed, as a write
    // that succeeded is everywhere in kfk (the README's trade-off).
    const json offsets = kfk_json({"group", "offsets", group})["offsets"];
    REQUIRE(offsets.size() == 1);
    CHECK(offsets[0]["offset"] == 20);
}

TEST_CASE("consume -g | head -1: the summary says what was written, which the group committed") {
    const std::string topic = create_topic("pipe-group", 1, 1);
    const std::string group = unique_name("pipe-group-g");
    // Far more than a pipe's buffer holds: the output closes before the end.
    kcat_produce(topic, 0, numbered(0, 40000));
    const auto r = shell("$KFK -b $B consume " + topic + " -g " + group +
                         " --from beginning -n 40000 | head -1");
    CHECK(lines_of(r.out) == std::vector<std::string>{"m0"});
    std::smatch m;
    const std::regex summary(
        "^fetched ([0-9]+) messages .* wrote ([0-9]+) before the output "
        "closed; group " +
        group + " committed .*\n$");
    REQUIRE_MESSAGE(std::regex_match(r.err, m, summary), r.err);
    const std::int64_t fetched = std::stoll(m[1].str());
    const std::int64_t written = std::stoll(m[2].str());
    CHECK(written < fetched);
    // What was written whole is exactly what the group committed: the pipe's buffer took
    // it, though head read one line of it (the trade-off the README describes).
    const json offsets = kfk_json({"group", "offsets", group})["offsets"];
    if (written == 0) {
        CHECK(offsets.empty());
    } else {
        REQUIRE(offsets.size() == 1);
        CHECK(offsets[0]["offset"] == written);
    }
}

TEST_CASE("SIGINT flushes, commits and exits 130") {
    const std::string topic = create_topic("sigint", 1, 1);
    const std::string group = unique_name("g");
    kcat_produce(topic, 0, numbered(0, 10));
    const auto r =
        shell("out=$(mktemp); $KFK -b $B consume " + topic + " -g " + group +
              " --from beginning > $out 2>/dev/null & pid=$!; "
              "while [ $(wc -l < $out) -lt 10 ]; do sleep 0.01; done; kill -INT $pid; wait $pid; "
              "echo \"status=$?\" >&2; cat $out; rm -f $out");
    CHECK(r.err == "status=130\n");
    CHECK(lines_of(r.out) == numbered(0, 10));
    CHECK(consume_values({topic, "-g", group, "-e"}).empty());  // all ten were committed
}

TEST_CASE("consume errors: missing topic or partition 3, bad spec or format 2, unreachable 6") {
    const std::string topic = create_topic("errors", 2, 1);
    const auto missing = kfk_on_cluster({"consume", "no-such-topic-c", "-e"});
    CHECK(missing.exit_code == 3);
    CHECK(missing.err == "kfk: consume: topic does not exist: no-such-topic-c\n");
    const auto partition = kfk_on_cluster({"consume", topic, "-p", "5", "-e"});
    CHECK(partition.exit_code == 3);
    CHECK(partition.err.find("partition 5 does not exist") != std::string::npos);

    for (const std::vector<std::string>& bad : {std::vector<std::string>{"--from", "yesterday"},
                                                {"--from", "stored"},
                                                {"-f", "%q"},
                                                {"-o", "table"},
                                                {"-n", "0"},
                                                {"-f", "%s", "-o", "jsonl"}}) {
        std::vector<std::string> args{"consume", topic, "-e"};
        args.insert(args.end(), bad.begin(), bad.end());
        CAPTURE(bad[1]);
        const auto r = kfk_on_cluster(args);
        CHECK(r.exit_code == 2);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(r.out.empty());
    }

    const auto unreachable = run_kfk({"-b", "127.0.0.1:1", "--timeout", "2s", "consume", topic});
    CHECK(unreachable.exit_code == 6);
    CHECK(unreachable.err.find("within 2s") != std::string::npos);
    const auto timing = within_deadline(unreachable, 2s);
    CHECK_MESSAGE(timing.ok, timing.detail);
}
