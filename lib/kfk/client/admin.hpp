#pragma once
// kfk's admin client: one librdkafka handle and one time budget (--timeout) for the
// whole command; every admin operation is a method that returns kfk's own result
// structs and throws kfk::Error.

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kfk/batch_result.hpp"
#include "kfk/client/client_config.hpp"
#include "kfk/client/metadata.hpp"
#include "kfk/cluster/cluster_description.hpp"
#include "kfk/deadline.hpp"
#include "kfk/topic/replica_assignment.hpp"
#include "kfk/topic/topic_config.hpp"
#include "kfk/topic/topic_description.hpp"

// librdkafka's client handle, declared (as rdkafka.h declares it) rather than included,
// so that code above lib/ never compiles against librdkafka.
typedef struct rd_kafka_s rd_kafka_t;

namespace kfk {

struct NewTopic {
    std::string name;
    int partitions = -1;           // -1: the broker's num.partitions
    int replication_factor = -1;   // -1: the broker's default.replication.factor
    ReplicaAssignment assignment;  // when set, partitions and replication come from it
    std::vector<Property> configs;
};

class Admin {
public:
    explicit Admin(ClientConfig config);

    const Deadline& deadline() const { return deadline_; }
    // What the handle was made from, for the library's other handles (message peeks).
    const ClientConfig& config() const { return config_; }
    // For the admin operations of lib/ that live in their own class (GroupAdmin).
    rd_kafka_t* handle() const { return handle_.get(); }

    // Brokers, topics and partitions: of every topic, or only of `topics`.
    ClusterMetadata metadata(const std::vector<std::string>& topics = {});
    // The brokers, by id (a Metadata request for no topic); a failed login is its Error
    // at once.
    std::vector<BrokerAddress> brokers();
    ClusterDescription describe_cluster();

    // Creates the topics, then waits until every broker's metadata shows each created
    // topic with a leader for every partition. Existing topics are failed rows with
    // code already_exists (the command decides whether that is a no-op).
    std::vector<ItemResult> create_topics(const std::vector<NewTopic>& topics, bool dry_run);

    // Deletes the topics, then waits until no broker's metadata shows them; a topic still
    // visible at the deadline gets status "deleting".
    std::vector<ItemResult> delete_topics(const std::vector<std::string>& names);

    // Raises `topic` to `total` partitions (new ones placed by `assignment` if given).
    ItemResult create_partitions(const std::string& topic, int total,
                                 const ReplicaAssignment& assignment, bool dry_run);

    // Every config entry of each topic, by topic name; from `broker` when given (each
    // broker answers from its own copy of the metadata).
    std::map<std::string, std::vector<ConfigEntry>> topic_configs(
        const std::vector<std::string>& topics, std::optional<std::int32_t> broker = std::nullopt);

    // Every config entry of broker `broker`, by name, as that broker reports it.
    std::vector<ConfigEntry> broker_configs(std::int32_t broker);

    // Sets `set` and removes `remove` on `target` (a topic or one broker), leaving every
    // other dynamic config of it as it was: read-modify-write, as librdkafka 2.0.2 has no
    // IncrementalAlterConfigs; refused before anything is sent when that would lose a
    // sensitive value (merged_dynamic_configs). Then waits until the brokers that answer
    // for `target` report the new set. Returns the keys of `remove` that `target` did not
    // set (nothing to delete); when that is the whole change, nothing is sent.
    std::vector<std::string> alter_configs(const ConfigTarget& target,
                                           const std::vector<Property>& set,
                                           const std::vector<std::string>& remove, bool dry_run);

    // Fills low and high watermarks of every partition of `topics` (high = high
    // watermark, not the last stable offset).
    void fill_watermarks(std::vector<TopicDescription>& topics);

private:
    // DescribeConfigs of `names` of librdkafka's resource type `resource_type`.
    std::map<std::string, std::vector<ConfigEntry>> describe_configs(
        int resource_type, const std::vector<std::string>& names,
        std::optional<std::int32_t> broker);

    using TopicReady = std::function<bool(const ClusterMetadata&, const std::string& topic)>;

    // Kafka applies a change on each broker in its own time, and the next command may
    // ask any of them: polls every broker's own metadata until `ready` holds for each
    // of `topics` on all of them. Returns the topics not ready at the deadline.
    std::vector<std::string> wait_on_every_broker(const std::vector<std::string>& topics,
                                                  const TopicReady& ready);

    // Every config entry of `target`, from `broker` when given (for a topic).
    std::vector<ConfigEntry> target_configs(const ConfigTarget& target,
                                            std::optional<std::int32_t> broker);

    // Likewise for a target's own dynamic configs: until every broker that answers for
    // it reports `expected`.
    bool wait_for_configs_everywhere(const ConfigTarget& target, const ConfigPairs& expected);

    ClientConfig config_;
    Deadline deadline_;
    // Destroys the handle in admin.cpp, where librdkafka's header is known.
    struct HandleRelease {
        void operator()(rd_kafka_t* handle) const noexcept;
    };
    std::unique_ptr<rd_kafka_t, HandleRelease> handle_;
};

}  // namespace kfk
