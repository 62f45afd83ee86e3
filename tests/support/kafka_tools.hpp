#pragma once
// Short-hands for integration tests: run kfk for JSON, make a fresh topic, and ask
// kcat or Kafka's own tools (independent clients) what the broker really holds.

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace kfk::test {

// The lines of a program's output, without their newlines.
std::vector<std::string> lines_of(const std::string& text);

// Message values "m<from>" .. "m<to - 1>".
std::vector<std::string> numbered(int from, int to);

// Runs kfk with `-b <local cluster> -o json` and `args`; fails the test unless it
// exits 0; returns the parsed stdout.
nlohmann::json kfk_json(const std::vector<std::string>& args);

// kfk with `-b <local cluster>` prepended.
ProcessResult kfk_on_cluster(const std::vector<std::string>& args,
                             const ProcessOptions& options = {});

// Creates a topic with a unique name from `prefix` through kfk; returns its name.
std::string create_topic(const std::string& prefix, int partitions, int replication_factor,
                         const std::vector<std::string>& extra = {});

// kcat's metadata (-L -J) for one topic: {"topic", "partitions": [{partition, leader,
// replicas:[{id}], isrs:[{id}]}]} or an empty object when kcat does not see it.
nlohmann::json kcat_topic_metadata(const std::string& topic);

// Produces `lines` (one message each) to `topic` partition `partition` with kcat.
void kcat_produce(const std::string& topic, int partition, const std::vector<std::string>& lines);

// Kafka's own kafka-configs.sh (ConfigCommand, from `scripts/cluster classpath`) on the
// local cluster with `args` after --bootstrap-server; fails the test unless it exits 0.
// Returns its stdout.
std::string kafka_configs(const std::vector<std::string>& args);

// The dynamic configs ConfigCommand --describe lists for broker `broker` (the
// cluster-wide default when empty): key -> value, "null" for a sensitive one.
std::map<std::string, std::string> kafka_broker_dynamic_configs(const std::string& broker);

}  // namespace kfk::test
