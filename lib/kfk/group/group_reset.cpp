// GroupAdmin: `group reset` — gather what the plan needs, and commit it.

#include <algorithm>
#include <set>

#include "kfk/client/admin_request.hpp"
#include "kfk/client/group_result_errors.hpp"
#include "kfk/client/offset_lookup.hpp"
#include "kfk/client/owned.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/group/group_state.hpp"
#include "kfk/topic/topic_description.hpp"
#include "kfk/topic/topic_lookup.hpp"

namespace kfk {

namespace {

// The partitions `selection` names, each checked to exist.
std::vector<PartitionKey> selected_partitions(const ClusterMetadata& md,
                                              const std::vector<TopicPartitions>& selection,
                                              const std::string& what) {
    std::set<PartitionKey> keys;
    for (const TopicPartitions& s : selection) {
        const TopicMetadata& topic = require_topic(md, s.topic, what);
        if (s.partitions.empty()) {
            for (const PartitionMetadata& p : topic.partitions) keys.insert({s.topic, p.id});
            continue;
        }
        for (std::int32_t id : s.partitions) {
            find_partition(topic, id, what);
            keys.insert({s.topic, id});
        }
    }
    return {keys.begin(), keys.end()};
}

}  // namespace

ResetPlan GroupAdmin::plan_reset(const std::string& group,
                                 const std::vector<TopicPartitions>& selection,
                                 const ResetTarget& target) {
    return make_reset_plan(group, selection, target, {});
}

ResetPlan GroupAdmin::plan_reset_from(const std::string& group, const GroupOffsets& wanted) {
    std::vector<TopicPartitions> selection;
    Offsets requested;
    for (const CommittedOffset& o : wanted.offsets) {
        if (selection.empty() || selection.back().topic != o.topic)
            selection.push_back({o.topic, {}});
        selection.back().partitions.push_back(o.partition);
        requested[{o.topic, o.partition}] = o.offset;
    }
    return make_reset_plan(group, selection, {ResetTarget::Kind::from_file, 0}, requested);
}

ResetPlan GroupAdmin::make_reset_plan(const std::string& group,
                                      const std::vector<TopicPartitions>& selection,
                                      const ResetTarget& target, const Offsets& requested) {
    const std::string what = "reset offsets of group " + group;
    const GroupDescription current = describe_members({group}).front();
    // Only an empty (or not yet existing) group keeps offsets it is given; a
    // rebalancing group may list no members yet and still have consumers.
    if (!current.members.empty() || (current.state != "Empty" && group_exists(current.state))) {
        const std::size_t n = current.members.size();
        throw Error(ExitCode::kafka_error, what,
                    n == 0 ? "the group is rebalancing (state " + current.state + ")"
                           : "the group has " + std::to_string(n) + " active member" +
                                 (n == 1 ? "" : "s") + " (state " + current.state + ")",
                    "stop its consumers first: they would overwrite the new offsets");
    }
    // The named topics' metadata only; list_offsets below reads the same.
    std::vector<std::string> names;
    for (const TopicPartitions& s : selection) names.push_back(s.topic);
    metadata_ = admin_.metadata(names);
    const std::vector<PartitionKey> partitions = selected_partitions(*metadata_, selection, what);
    const Offsets committed = committed_offsets({group}).at(group);
    const Offsets lows = list_offsets(partitions, earliest_offset_query);
    const Offsets highs = list_offsets(partitions, latest_offset_query);
    Offsets at_time;
    if (target.kind == ResetTarget::Kind::timestamp)
        at_time = list_offsets(partitions, target.value);

    std::vector<ResetInput> inputs;
    for (const PartitionKey& key : partitions) {
        if (!lows.contains(key) || !highs.contains(key)) {
            throw Error(ExitCode::kafka_error, what,
                        "no offsets for " + key.first + "[" + std::to_string(key.second) + "]",
                        "the partition has no leader; try again later");
        }
        ResetInput in{key.first,     key.second,   std::nullopt, lows.at(key),
                      highs.at(key), std::nullopt, std::nullopt};
        if (auto it = committed.find(key); it != committed.end()) in.committed = it->second;
        if (auto it = at_time.find(key); it != at_time.end()) in.offset_at_time = it->second;
        if (auto it = requested.find(key); it != requested.end()) in.requested = it->second;
        inputs.push_back(std::move(in));
    }
    ResetPlan plan = kfk::plan_reset(group, target, inputs);
    plan.group_exists = group_exists(current.state);
    return plan;
}

void GroupAdmin::execute_reset(ResetPlan& plan) {
    const std::string what = "reset offsets of group " + plan.group;
    TopicPartitionListPtr list(
        rd_kafka_topic_partition_list_new(static_cast<int>(plan.partitions.size())));
    for (const PlannedOffset& p : plan.partitions) {
        rd_kafka_topic_partition_list_add(list.get(), p.topic.c_str(), p.partition)->offset =
            p.target;
    }
    AlterGroupOffsetsPtr request(
        rd_kafka_AlterConsumerGroupOffsets_new(plan.group.c_str(), list.get()));
    rd_kafka_AlterConsumerGroupOffsets_t* raw = request.get();
    AdminCall call(admin_.handle());
    auto options = make_admin_options(admin_.handle(), RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS,
                                      admin_.deadline());
    rd_kafka_AlterConsumerGroupOffsets(admin_.handle(), &raw, 1, options.get(), call.queue());
    EventPtr event =
        call.wait(RD_KAFKA_EVENT_ALTERCONSUMERGROUPOFFSETS_RESULT, admin_.deadline(), what);

    std::size_t count = 0;
    const rd_kafka_group_result_t** results = rd_kafka_AlterConsumerGroupOffsets_result_groups(
        rd_kafka_event_AlterConsumerGroupOffsets_result(event.get()), &count);
    throw_group_result_errors(admin_, results, count, what);
    plan.executed = true;
}

}  // namespace kfk
