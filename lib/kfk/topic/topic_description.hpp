#pragma once
// What `topic list`, `topic describe` and `partitions list` show: topics and their
// partitions with leaders, replicas, ISR, offline replicas, watermarks and configs.
// Built from ClusterMetadata by pure functions, so renderers and filters are testable
// without a broker.

#include <cstdint>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "kfk/client/metadata.hpp"
#include "kfk/topic/topic_config.hpp"

namespace kfk {

struct PartitionDescription {
    std::int32_t id = -1;
    std::int32_t leader = -1;  // -1: no leader
    std::vector<std::int32_t> replicas;
    std::vector<std::int32_t> isr;
    std::vector<std::int32_t> offline;  // replicas on brokers absent from the metadata
    std::optional<std::int64_t> low;    // log start offset
    std::optional<std::int64_t> high;   // high watermark
    std::string error;

    // high - low, when both are known.
    std::optional<std::int64_t> messages() const;
};

struct TopicDescription {
    std::string name;
    bool internal = false;
    int replication_factor = 0;
    std::optional<int> min_insync_replicas;  // known once configs were read
    std::vector<ConfigEntry> configs;        // as selected by --configs
    std::vector<PartitionDescription> partitions;
};

// One line of `topic list`.
struct TopicSummary {
    std::string name;
    int partitions = 0;
    int replication_factor = 0;
    bool internal = false;
    int under_replicated = 0;  // partitions with ISR smaller than the replica set
    int unavailable = 0;       // partitions without a live leader
};

// The health filters of `topic describe`; a partition is kept when it matches any
// selected filter (all partitions when none is selected).
struct HealthFilter {
    bool under_replicated = false;
    bool unavailable = false;
    bool under_min_isr = false;
    bool at_min_isr = false;

    bool any() const { return under_replicated || unavailable || under_min_isr || at_min_isr; }
};

bool is_under_replicated(const PartitionDescription& p);
bool is_unavailable(const PartitionDescription& p);

// Every topic's partitions with offline replicas derived from the broker list;
// watermarks and configs are left for the caller to fill.
TopicDescription describe_topic(const TopicMetadata& topic, const ClusterMetadata& cluster);

TopicSummary summarize_topic(const TopicDescription& topic);

// `partitions list --broker ID`: a not-found Error when `broker` is neither in the
// cluster's broker list nor a replica of any partition of `topics` (a broker that is down
// still has its partitions, so it is known through them). An empty table would say
// "this broker holds nothing", which is not what a mistyped id means.
void require_known_broker(std::int32_t broker, const std::vector<BrokerAddress>& brokers,
                          const std::vector<TopicDescription>& topics);

// Keeps the partitions that match `filter` (min-ISR filters use the topic's
// min_insync_replicas). Unchanged when no filter is selected.
TopicDescription filter_partitions(TopicDescription topic, const HealthFilter& filter);

// The topic `name` of `cluster`, or the one not-found Error every command gives for a
// missing topic, for `what`. A topic listed without partitions (still being created)
// counts as missing: nothing can be produced to, read from or described in it yet.
const TopicMetadata& find_topic(const ClusterMetadata& cluster, const std::string& name,
                                const std::string& what);

// Partition `id` of `topic`, or the one not-found Error for a missing partition.
const PartitionMetadata& find_partition(const TopicMetadata& topic, std::int32_t id,
                                        const std::string& what);

// Which topics a command addresses: the named ones (each must exist, else a
// not-found Error for `what`, as find_topic's), or those whose whole name matches `pattern`;
// internal topics only when `include_internal` or named exactly. Sorted by name.
// every_topic_pattern matches every name without running a regex (topic list's
// default: std::regex costs thousands of instructions a name, on thousands of topics).
inline const std::string every_topic_pattern = ".*";
std::vector<const TopicMetadata*> select_topics(const ClusterMetadata& cluster,
                                                const std::vector<std::string>& names,
                                                const std::optional<std::string>& pattern,
                                                bool include_internal, const std::string& what);

// Compiles a --pattern; a malformed one is a usage Error.
std::regex compile_pattern(const std::string& pattern);

}  // namespace kfk
