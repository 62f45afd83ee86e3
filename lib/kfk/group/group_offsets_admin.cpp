// GroupAdmin: `group delete-offsets` and `topic groups`.

#include <algorithm>

#include "kfk/client/admin_request.hpp"
#include "kfk/client/group_result_errors.hpp"
#include "kfk/client/owned.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/topic/topic_lookup.hpp"

namespace kfk {

GroupOffsets GroupAdmin::delete_offsets(const std::string& group, const std::string& topic) {
    const std::string what = "delete offsets of group " + group + " for topic " + topic;
    GroupOffsets doomed{group, {}};
    // Describing first waits out a coordinator that is not ready: librdkafka 2.0.2
    // crashes when ListConsumerGroupOffsets is answered NOT_COORDINATOR (its issue
    // #5040), while DescribeConsumerGroups reports it per group. The other readers of
    // committed offsets describe (or list) the groups first already.
    require_known(describe_members({group}), what);
    // Kept in a variable: a range-for over a member of a temporary reads freed memory.
    const auto committed = committed_offsets({group});
    for (const auto& [key, offset] : committed.at(group)) {
        if (key.first == topic) doomed.offsets.push_back({key.first, key.second, offset});
    }
    if (doomed.offsets.empty())
        throw Error(ExitCode::not_found, what, "the group has no offsets for the topic");

    TopicPartitionListPtr list(
        rd_kafka_topic_partition_list_new(static_cast<int>(doomed.offsets.size())));
    for (const CommittedOffset& o : doomed.offsets)
        rd_kafka_topic_partition_list_add(list.get(), o.topic.c_str(), o.partition);
    DeleteGroupOffsetsPtr request(
        rd_kafka_DeleteConsumerGroupOffsets_new(group.c_str(), list.get()));
    rd_kafka_DeleteConsumerGroupOffsets_t* raw = request.get();
    AdminCall call(admin_.handle());
    auto options = make_admin_options(admin_.handle(), RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS,
                                      admin_.deadline());
    rd_kafka_DeleteConsumerGroupOffsets(admin_.handle(), &raw, 1, options.get(), call.queue());
    EventPtr event =
        call.wait(RD_KAFKA_EVENT_DELETECONSUMERGROUPOFFSETS_RESULT, admin_.deadline(), what);

    std::size_t count = 0;
    const rd_kafka_group_result_t** results = rd_kafka_DeleteConsumerGroupOffsets_result_groups(
        rd_kafka_event_DeleteConsumerGroupOffsets_result(event.get()), &count);
    throw_group_result_errors(admin_, results, count, what);
    return doomed;
}

std::vector<GroupLag> GroupAdmin::topic_groups(const std::string& topic) {
    const std::string what = "list groups of topic " + topic;
    require_topic(metadata(), topic, what);

    std::vector<std::string> names;
    for (const GroupSummary& g : list()) names.push_back(g.name);
    std::vector<std::string> holding;
    for (const auto& [group, offsets] : committed_offsets(names)) {
        const bool has_topic = std::any_of(offsets.begin(), offsets.end(), [&](const auto& entry) {
            return entry.first.first == topic;
        });
        if (has_topic) holding.push_back(group);
    }
    if (holding.empty()) return {};
    return lag(holding, {topic});
}

}  // namespace kfk
