#pragma once
// Consumer group operations over one Admin (its handle and its --timeout budget):
// listing, describing, lag, offset resets and deletion. Returns kfk's own structs and
// throws kfk::Error; the commands in cli/group/ only parse and render.

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kfk/batch_result.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/group/group_description.hpp"
#include "kfk/group/group_offsets.hpp"
#include "kfk/group/partition_lag.hpp"
#include "kfk/group/reset_plan.hpp"
#include "kfk/group/topic_partitions_arg.hpp"

namespace kfk {

class GroupAdmin {
public:
    explicit GroupAdmin(Admin& admin) : admin_(admin) {}

    // Every group the brokers coordinate, with state, protocol and member count, and
    // each group's total lag, and with `lag_time` its largest lag in time. Uses
    // ListGroups v0 (librdkafka 2.0.2's ListConsumerGroups sends a malformed v3+ request).
    std::vector<GroupSummary> list(bool lag_time = false);

    // Members, coordinator and per-partition offsets, lag in count and time, and data
    // loss of each group (see lag()). A group the brokers do not know is a not_found
    // Error naming it.
    std::vector<GroupDescription> describe(
        const std::vector<std::string>& groups,
        std::optional<std::chrono::milliseconds> risk_below = std::nullopt);

    // The lag of each group, only for `topics` when given: in messages, in time
    // (lag_time.hpp) and data loss (data_loss.hpp; `risk_below` none: 10% of
    // retention.ms). Unknown groups: not_found.
    std::vector<GroupLag> lag(const std::vector<std::string>& groups,
                              const std::vector<std::string>& topics,
                              std::optional<std::chrono::milliseconds> risk_below = std::nullopt);

    // The offsets a reset would commit. Refuses (kafka_error) a group with active
    // members, whose consumers would overwrite the new offsets; a missing topic or
    // partition is not_found. A group that does not exist yet is fine: the commit
    // creates it.
    ResetPlan plan_reset(const std::string& group, const std::vector<TopicPartitions>& selection,
                         const ResetTarget& target);

    // The plan for setting exactly the offsets in `wanted` (each kept within its
    // partition's log), under the same rules as plan_reset.
    ResetPlan plan_reset_from(const std::string& group, const GroupOffsets& wanted);

    // Commits `plan`'s offsets and marks it executed.
    void execute_reset(ResetPlan& plan);

    // Removes the group's committed offsets for `topic`; returns what was removed.
    // A group without offsets there is not_found; a group whose members consume the
    // topic is refused by the broker (kafka_error).
    GroupOffsets delete_offsets(const std::string& group, const std::string& topic);

    // The lag of every group that has committed offsets for `topic` (only that topic's
    // partitions). An unknown topic is not_found.
    std::vector<GroupLag> topic_groups(const std::string& topic);

    // One status row per group; a missing group is a no-op row when `if_exists`.
    std::vector<ItemResult> delete_groups(const std::vector<std::string>& groups, bool if_exists);

    // Raw descriptions (the Dead state included), in the order asked. A coordinator
    // that is not ready yet is asked again within --timeout.
    std::vector<GroupDescription> describe_members(const std::vector<std::string>& groups);

    using Offsets = std::map<PartitionKey, std::int64_t>;
    // Each group's committed offsets, the requests for all groups in flight at once.
    // A group's coordinator that is not ready yet is asked again within --timeout.
    // Describe the groups first (describe_members) where the coordinator may be new:
    // librdkafka 2.0.2 crashes when this request is answered NOT_COORDINATOR (its issue
    // #5040), while a description reports that per group.
    std::map<std::string, Offsets> committed_offsets(const std::vector<std::string>& groups);

private:
    // plan_reset and plan_reset_from: `requested` holds a file's offsets.
    ResetPlan make_reset_plan(const std::string& group,
                              const std::vector<TopicPartitions>& selection,
                              const ResetTarget& target, const Offsets& requested);
    // One round of committed_offsets: answered groups leave `pending` for `result`; the
    // ones whose coordinator was not ready stay, and the last such error is returned.
    std::optional<Error> committed_offsets_round(std::set<std::string>& pending,
                                                 std::map<std::string, Offsets>& result);
    // ListOffsets for `partitions` (a timestamp, or earliest/latest_offset_query) in one
    // batch. Partitions that do not exist (a deleted topic) are left out of the answer.
    Offsets list_offsets(const std::vector<PartitionKey>& partitions, std::int64_t query);
    // Fills low, lag_ms and (with `loss`) the data-loss fields of `rows`: one batch of
    // ListOffsets, one message peek per lagging partition, one DescribeConfigs.
    void add_time_and_loss(const std::vector<PartitionLag*>& rows, bool loss,
                           std::optional<std::chrono::milliseconds> risk_below);
    // The cluster's topics, fetched once per command.
    const ClusterMetadata& metadata();

    Admin& admin_;
    std::optional<ClusterMetadata> metadata_;
};

}  // namespace kfk
