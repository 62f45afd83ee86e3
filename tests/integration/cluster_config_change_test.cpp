// kfk cluster config --set/--delete: only the named dynamic configs of one broker change,
// checked with Kafka's own ConfigCommand; and every refusal leaves the broker as it was.
// Each test restores the keys it used (they are harmless: cleaner pacing, message size).

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using Configs = std::map<std::string, std::string>;

namespace {

const char* const sensitive_key = "listener.name.nosuch.ssl.key.password";

std::string broker_id() { return std::to_string(local_cluster().brokers.front().id); }

// A change made through the controller reaches a broker's own view a moment later (the
// broker applies the metadata log asynchronously). kfk reads that view before its
// whole-set write, so a test must not hand it a change the broker has not applied yet:
// each ConfigCommand change here waits until the broker shows it (up to 30 s).
template <class Shows>
void settle(const std::string& broker, Shows shows) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!shows(kafka_broker_dynamic_configs(broker))) {
        REQUIRE_MESSAGE(std::chrono::steady_clock::now() < until,
                        "broker " << broker << " never showed the change");
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
}

// Removes `keys` from the dynamic configs of `broker` ("" for the cluster-wide default)
// where set; ConfigCommand refuses to delete a key that is not.
void restore(const std::string& broker, const std::vector<std::string>& keys) {
    const Configs now = kafka_broker_dynamic_configs(broker);
    std::string present;
    for (const std::string& key : keys) {
        if (now.count(key)) present += (present.empty() ? "" : ",") + key;
    }
    if (present.empty()) return;
    std::vector<std::string> args{"--entity-type", "brokers", "--alter", "--delete-config",
                                  present};
    if (broker.empty()) {
        args.push_back("--entity-default");
    } else {
        args.insert(args.end(), {"--entity-name", broker});
    }
    kafka_configs(args);
    settle(broker, [&](const Configs& seen) {
        return std::none_of(keys.begin(), keys.end(), [&](const auto& k) { return seen.count(k); });
    });
}

// Sets "KEY=VALUE[,KEY=VALUE]" on `broker` with ConfigCommand, and waits until the broker
// shows every key.
void set_with_kafka(const std::string& broker, const std::string& configs) {
    kafka_configs(
        {"--entity-type", "brokers", "--entity-name", broker, "--alter", "--add-config", configs});
    std::vector<std::string> keys;
    for (std::size_t start = 0; start <= configs.size();) {
        const std::size_t comma = std::min(configs.find(',', start), configs.size());
        const std::string item = configs.substr(start, comma - start);
        keys.push_back(item.substr(0, item.find('=')));
        start = comma + 1;
    }
    settle(broker, [&](const Configs& seen) {
        return std::all_of(keys.begin(), keys.end(), [&](const auto& k) { return seen.count(k); });
    });
}

const std::vector<std::string> used_keys{"message.max.bytes", "log.cleaner.backoff.ms",
                                         "log.cleaner.io.buffer.size", sensitive_key};

}  // namespace

TEST_CASE("cluster config --set/--delete change only the named keys of one broker") {
    const std::string id = broker_id();
    restore(id, used_keys);
    // Set by someone else before kfk: must survive kfk's write.
    set_with_kafka(id, "log.cleaner.io.buffer.size=1048576");

    const auto set =
        kfk_on_cluster({"cluster", "config", "--broker", id, "--set", "message.max.bytes=2000000",
                        "--set", "log.cleaner.backoff.ms=16000"});
    CHECK_MESSAGE(set.exit_code == 0, set.err);
    CHECK(set.out.find("broker " + id) != std::string::npos);
    CHECK(set.out.find("altered") != std::string::npos);
    CHECK(set.out.find("set message.max.bytes=2000000, set log.cleaner.backoff.ms=16000") !=
          std::string::npos);
    CHECK(kafka_broker_dynamic_configs(id) == Configs{{"log.cleaner.backoff.ms", "16000"},
                                                      {"log.cleaner.io.buffer.size", "1048576"},
                                                      {"message.max.bytes", "2000000"}});

    const nlohmann::json deleted =
        kfk_json({"cluster", "config", "--broker", id, "--delete", "message.max.bytes"});
    REQUIRE(deleted["results"].size() == 1);
    CHECK(deleted["results"][0]["name"] == "broker " + id);
    CHECK(deleted["results"][0]["status"] == "altered");
    CHECK(deleted["results"][0]["message"] == "deleted message.max.bytes");
    CHECK(kafka_broker_dynamic_configs(id) ==
          Configs{{"log.cleaner.backoff.ms", "16000"}, {"log.cleaner.io.buffer.size", "1048576"}});
    // kfk's own view agrees, read back from the broker.
    const nlohmann::json shown = kfk_json({"cluster", "config", "--broker", id});
    Configs own;
    for (const auto& c : shown["brokers"][0]["configs"]) {
        if (c["source"] == "dynamic_broker") own[c["name"]] = c["value"];
    }
    CHECK(own == kafka_broker_dynamic_configs(id));

    const auto unset =
        kfk_on_cluster({"cluster", "config", "--broker", id, "--delete", "message.max.bytes"});
    CHECK_MESSAGE(unset.exit_code == 0, unset.err);
    CHECK(unset.out.find("unchanged") != std::string::npos);
    CHECK(unset.out.find("message.max.bytes was not set (nothing to delete)") != std::string::npos);

    restore(id, used_keys);
    CHECK(kafka_broker_dynamic_configs(id).empty());
}

TEST_CASE("cluster config --set keeps the cluster-wide default off the broker's own configs") {
    const std::string id = broker_id();
    restore(id, used_keys);
    restore("", used_keys);
    kafka_configs({"--entity-type", "brokers", "--entity-default", "--alter", "--add-config",
                   "log.cleaner.backoff.ms=17000"});
    // Kafka 4 also keeps min.insync.replicas there from the cluster's formatting: what
    // the default holds now is what it must still hold after each kfk command.
    const Configs defaults = kafka_broker_dynamic_configs("");
    REQUIRE(defaults.at("log.cleaner.backoff.ms") == "17000");

    const auto set =
        kfk_on_cluster({"cluster", "config", "--broker", id, "--set", "message.max.bytes=2000000"});
    CHECK_MESSAGE(set.exit_code == 0, set.err);
    // The default stays the default: not copied onto the broker, not wiped.
    CHECK(kafka_broker_dynamic_configs(id) == Configs{{"message.max.bytes", "2000000"}});
    CHECK(kafka_broker_dynamic_configs("") == defaults);

    // The default itself is out of librdkafka 2.0.2's reach: refused, nothing sent.
    const auto refused =
        kfk_on_cluster({"cluster", "config", "--set", "log.cleaner.backoff.ms=18000"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.out.empty());
    CHECK_MESSAGE(refused.err.find("--entity-default") != std::string::npos, refused.err);
    CHECK(kafka_broker_dynamic_configs("") == defaults);

    restore(id, used_keys);
    restore("", used_keys);
}

TEST_CASE("cluster config refuses a change that would wipe a sensitive dynamic config") {
    const std::string id = broker_id();
    restore(id, used_keys);
    set_with_kafka(id, std::string(sensitive_key) + "=hush,message.max.bytes=1500000");
    const Configs before = kafka_broker_dynamic_configs(id);
    REQUIRE(before == Configs{{"message.max.bytes", "1500000"}, {sensitive_key, "null"}});

    for (const std::vector<std::string>& change :
         {std::vector<std::string>{"--set", "log.cleaner.backoff.ms=16000"},
          std::vector<std::string>{"--delete", "message.max.bytes"}}) {
        std::vector<std::string> args{"cluster", "config", "--broker", id};
        args.insert(args.end(), change.begin(), change.end());
        const auto refused = kfk_on_cluster(args);
        CHECK(refused.exit_code == 2);
        CHECK(refused.out.empty());
        CHECK_MESSAGE(refused.err.find(sensitive_key) != std::string::npos, refused.err);
        CHECK(refused.err.find("would wipe it") != std::string::npos);
        CHECK(refused.err.find("kafka-configs.sh --alter") != std::string::npos);
        CHECK(kafka_broker_dynamic_configs(id) == before);
    }

    // Given again in the same command, nothing is lost: allowed.
    const auto again = kfk_on_cluster({"cluster", "config", "--broker", id, "--set",
                                       std::string(sensitive_key) + "=hush2", "--set",
                                       "log.cleaner.backoff.ms=16000"});
    CHECK_MESSAGE(again.exit_code == 0, again.err);
    CHECK(kafka_broker_dynamic_configs(id) == Configs{{"log.cleaner.backoff.ms", "16000"},
                                                      {"message.max.bytes", "1500000"},
                                                      {sensitive_key, "null"}});
    restore(id, used_keys);
}

TEST_CASE(
    "cluster config --set: unknown broker, read-only key and a contradiction change nothing") {
    const std::string id = broker_id();
    restore(id, used_keys);

    const auto unknown = kfk_on_cluster(
        {"cluster", "config", "--broker", "99", "--set", "message.max.bytes=2000000"});
    CHECK(unknown.exit_code == 3);
    CHECK(unknown.err.find("alter configs of broker 99: no such broker") != std::string::npos);

    const auto read_only =
        kfk_on_cluster({"cluster", "config", "--broker", id, "--set", "log.dirs=/tmp/elsewhere"});
    CHECK(read_only.exit_code == 2);
    CHECK_MESSAGE(read_only.err.find("log.dirs") != std::string::npos, read_only.err);

    const auto contra =
        kfk_on_cluster({"cluster", "config", "--broker", id, "--set", "message.max.bytes=2000000",
                        "--delete", "message.max.bytes"});
    CHECK(contra.exit_code == 2);

    const auto dry = kfk_on_cluster(
        {"cluster", "config", "--broker", id, "--set", "message.max.bytes=2000000", "--dry-run"});
    CHECK_MESSAGE(dry.exit_code == 0, dry.err);
    CHECK(dry.out.find("would alter") != std::string::npos);
    CHECK(kafka_broker_dynamic_configs(id).empty());
}
