// A broker is SIGKILLed in the middle of a produce and in the middle of a group
// consume: nothing acknowledged may be lost, nothing duplicated, nothing skipped, order
// per key kept; afterwards the broker returns and the ISR heals.

#include <doctest/doctest.h>

#include <chrono>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timing.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

const std::string cluster_script = KFK_SOURCE_DIR "/scripts/cluster";
constexpr int keys = 100;
constexpr int per_key = 1000;
constexpr int total = keys * per_key;

// SIGKILLs node `node` after `delay` on its own thread; start() brings it back and
// waits until the topic's ISR is whole again. The destructor restarts it in any case,
// so later tests see 3 brokers.
class BrokerKiller {
public:
    BrokerKiller(int node, std::chrono::milliseconds delay)
        : node_(node), thread_([this, delay] {
              std::this_thread::sleep_for(delay);
              killed_ = run_process({cluster_script, "kill", std::to_string(node_)}).exit_code == 0;
              killed_at_ = std::chrono::steady_clock::now();
          }) {}
    ~BrokerKiller() {
        if (thread_.joinable()) thread_.join();
        run_process({cluster_script, "start", std::to_string(node_)});
    }
    bool join() {
        thread_.join();
        return killed_;
    }
    // When the broker was dead (the kill script had returned); valid after join().
    std::chrono::steady_clock::time_point killed_at() const { return killed_at_; }
    // The script's result: its stderr says why a restart failed.
    ProcessResult start() { return run_process({cluster_script, "start", std::to_string(node_)}); }

private:
    int node_;
    bool killed_ = false;
    std::chrono::steady_clock::time_point killed_at_{};
    std::thread thread_;
};

// "key-K:K-SEQ" lines: keys interleaved, so every partition gets traffic all along.
std::string keyed_lines() {
    std::string lines;
    for (int seq = 0; seq < per_key; ++seq) {
        for (int k = 0; k < keys; ++k) {
            lines += "key-" + std::to_string(k) + ":" + std::to_string(k) + "-" +
                     std::to_string(seq) + "\n";
        }
    }
    return lines;
}

bool isr_heals(const std::string& topic) {
    const auto until = std::chrono::steady_clock::now() + 90s;
    while (std::chrono::steady_clock::now() < until) {
        if (kfk_json({"topic", "describe", topic, "--under-replicated"})["topics"].empty())
            return true;
        std::this_thread::sleep_for(500ms);
    }
    return false;
}

// Checks jsonl output holds every message exactly once, each key on one partition
// and in the order it was produced.
void check_exactly_once_in_order(const std::string& jsonl) {
    std::map<std::string, int> next_seq;
    std::map<std::string, int> partition_of;
    std::set<std::string> seen;
    std::istringstream in(jsonl);
    int count = 0;
    int out_of_order = 0;
    int duplicates = 0;
    int moved = 0;
    for (std::string line; std::getline(in, line);) {
        const json m = json::parse(line);
        ++count;
        const std::string key = m["key"];
        const std::string value = m["value"];
        if (!seen.insert(value).second) ++duplicates;
        const auto [it, fresh] = partition_of.emplace(key, m["partition"].get<int>());
        if (!fresh && it->second != m["partition"].get<int>()) ++moved;
        const int seq = std::stoi(value.substr(value.find('-') + 1));
        if (seq != next_seq[key]) ++out_of_order;
        next_seq[key] = seq + 1;
    }
    CHECK(count == total);
    CHECK(seen.size() == static_cast<std::size_t>(total));
    CHECK(duplicates == 0);
    CHECK(out_of_order == 0);
    CHECK(moved == 0);
    CHECK(next_seq.size() == static_cast<std::size_t>(keys));
}

std::string consume_all(const std::string& topic) {
    const auto r =
        kfk_on_cluster({"consume", topic, "--from", "beginning", "-e", "-o", "jsonl", "-q"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return r.out;
}

std::string replicated_topic(const std::string& prefix) {
    const std::string topic = create_topic(prefix, 3, 3, {"-c", "min.insync.replicas=2"});
    REQUIRE(isr_heals(topic));
    return topic;
}

}  // namespace

TEST_CASE("a broker killed while producing loses nothing and duplicates or reorders nothing") {
    REQUIRE_MESSAGE(local_cluster().brokers.size() == 3, "this test needs the 3-broker cluster");
    const std::string topic = replicated_topic("fault-produce");

    ProcessOptions options;
    options.stdin_data = keyed_lines();
    // About 5 s of producing; the kill lands in the middle. Partitions the dead broker
    // led are unavailable until the controller fences it (broker.session.timeout.ms).
    BrokerKiller killer(2, 1500ms);
    const auto produced = kfk_on_cluster(
        {"--timeout", "60s", "produce", topic, "-K", ":", "--rate", "20000"}, options);
    const auto produce_ended = std::chrono::steady_clock::now();
    REQUIRE(killer.join());
    CHECK(killer.killed_at() < produce_ended);  // the kill came while it was producing
    CHECK_MESSAGE(produced.exit_code == 0, produced.err);
    CHECK(produced.err.find("delivered " + std::to_string(total) + " messages") !=
          std::string::npos);

    check_exactly_once_in_order(consume_all(topic));

    const ProcessResult restarted = killer.start();
    REQUIRE_MESSAGE(restarted.exit_code == 0, restarted.err);
    CHECK(isr_heals(topic));
}

TEST_CASE("a broker killed while a group consumes skips nothing") {
    REQUIRE_MESSAGE(local_cluster().brokers.size() == 3, "this test needs the 3-broker cluster");
    const std::string topic = replicated_topic("fault-consume");
    const std::string group = unique_name("fault-group");
    ProcessOptions input;
    input.stdin_data = keyed_lines();
    const auto produced = kfk_on_cluster({"produce", topic, "-K", ":", "-q"}, input);
    REQUIRE_MESSAGE(produced.exit_code == 0, produced.err);

    // A slow reader (about 20,000 lines a second) keeps the consumer running while
    // the broker dies: pipe back-pressure paces kfk.
    const std::string slow_reader =
        "import sys, time\n"
        "for i, line in enumerate(sys.stdin):\n"
        "    sys.stdout.write(line)\n"
        "    if i % 2000 == 1999: time.sleep(0.1)\n";
    ProcessOptions options;
    options.env = {{"KFK", KFK_BINARY}, {"B", local_cluster().bootstrap}, {"READER", slow_reader}};
    options.limit = 180s;
    BrokerKiller killer(3, 1500ms);
    const auto consumed =
        run_process({"bash", "-c",
                     "set -o pipefail; \"$KFK\" -b \"$B\" --timeout 60s consume " + topic + " -g " +
                         group + " --from beginning -n " + std::to_string(total) +
                         " -o jsonl -q | python3 -c \"$READER\""},
                    options);
    const auto consume_ended = std::chrono::steady_clock::now();
    REQUIRE(killer.join());
    CHECK(killer.killed_at() < consume_ended);  // the kill came while it was consuming
    CHECK_MESSAGE(consumed.exit_code == 0, consumed.err);
    check_exactly_once_in_order(consumed.out);

    // Every offset was committed: the group has nothing left to read. The dead broker
    // still leads its partitions until the controller fences it
    // (broker.session.timeout.ms), and a commit waits for it until the ISR shrinks: both
    // commands get the time that takes on a loaded machine.
    const auto rest = kfk_on_cluster({"--timeout", "60s", "consume", topic, "-g", group, "--from",
                                      "stored", "-e", "-o", "jsonl", "-q"});
    CHECK_MESSAGE(rest.exit_code == 0, rest.err);
    CHECK_MESSAGE(rest.out.empty(),
                  "read again: " << rest.out.substr(0, 300) << "\ngroup: "
                                 << kfk_on_cluster({"group", "describe", group}).out);

    const ProcessResult restarted = killer.start();
    REQUIRE_MESSAGE(restarted.exit_code == 0, restarted.err);
    CHECK(isr_heals(topic));
}

TEST_CASE("an unreachable cluster gives exit 6 within --timeout plus 10%") {
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"topic", "list"},
          std::vector<std::string>{"cluster", "describe"},
          std::vector<std::string>{"consume", "anything", "-e"},
          std::vector<std::string>{"produce", "anything"}}) {
        std::vector<std::string> args{"-b", "127.0.0.1:1", "--timeout", "3s"};
        args.insert(args.end(), command.begin(), command.end());
        ProcessOptions options;
        options.stdin_data = "x\n";
        const auto r = run_kfk(args, options);
        CAPTURE(command.front());
        CHECK(r.exit_code == 6);
        const auto timing = within_deadline(r, 3s);
        CHECK_MESSAGE(timing.ok, timing.detail);
        CHECK(r.out.empty());
        CHECK(r.err.find("delivered") == std::string::npos);
    }
}
