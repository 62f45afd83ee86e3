// `topic trim` against the cluster: watermarks and offsets for a time for the plan,
// DeleteRecords to carry it out.

#include <algorithm>
#include <map>

#include "kfk/client/admin_request.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/offset_lookup.hpp"
#include "kfk/client/owned.hpp"
#include "kfk/topic/topic_lookup.hpp"
#include "kfk/topic/trim.hpp"

namespace kfk {

namespace {

// The chosen partitions of `topic` (all when `wanted` is empty), each checked to exist.
std::vector<std::int32_t> chosen_partitions(const TopicMetadata& topic,
                                            const std::vector<std::int32_t>& wanted,
                                            const std::string& what) {
    std::vector<std::int32_t> out;
    for (const PartitionMetadata& p : topic.partitions) {
        if (wanted.empty() || std::find(wanted.begin(), wanted.end(), p.id) != wanted.end())
            out.push_back(p.id);
    }
    for (std::int32_t id : wanted) {
        if (std::find(out.begin(), out.end(), id) == out.end()) {
            throw Error(ExitCode::not_found, what,
                        "topic " + topic.name + " has no partition " + std::to_string(id),
                        "it has " + std::to_string(topic.partitions.size()));
        }
    }
    return out;
}

// Offsets of the partitions for `query` (a time, or earliest/latest); a partition
// without an answer (no leader) is an error: a plan without it would be wrong.
std::map<std::int32_t, std::int64_t> offsets(Admin& admin, const std::string& topic,
                                             const std::vector<std::int32_t>& partitions,
                                             std::int64_t query, const std::string& what) {
    TopicPartitionListPtr list(
        rd_kafka_topic_partition_list_new(static_cast<int>(partitions.size())));
    for (std::int32_t p : partitions)
        rd_kafka_topic_partition_list_add(list.get(), topic.c_str(), p);
    lookup_offsets(admin.handle(), list.get(), query, admin.deadline(), what.c_str());
    throw_partition_error(list.get(), what);
    std::map<std::int32_t, std::int64_t> out;
    for (int i = 0; i < list->cnt; ++i) out[list->elems[i].partition] = list->elems[i].offset;
    return out;
}

}  // namespace

TrimPlan plan_trim(Admin& admin, const std::string& topic,
                   const std::vector<std::int32_t>& partitions, const TrimTarget& target) {
    const std::string what = "trim topic " + topic;
    const ClusterMetadata md = admin.metadata();
    const std::vector<std::int32_t> chosen =
        chosen_partitions(require_topic(md, topic, what), partitions, what);
    const auto lows = offsets(admin, topic, chosen, earliest_offset_query, what);
    const auto highs = offsets(admin, topic, chosen, latest_offset_query, what);
    std::map<std::int32_t, std::int64_t> at_time;
    if (target.kind == TrimTarget::Kind::timestamp)
        at_time = offsets(admin, topic, chosen, target.value, what);

    std::vector<TrimInput> inputs;
    for (std::int32_t p : chosen) {
        TrimInput in{p, lows.at(p), highs.at(p), std::nullopt};
        // -1: no message at or after the time.
        if (auto it = at_time.find(p); it != at_time.end() && it->second >= 0)
            in.offset_at_time = it->second;
        inputs.push_back(in);
    }
    return plan_trim(topic, target, std::move(inputs));
}

void execute_trim(Admin& admin, TrimPlan& plan) {
    const std::string what = "trim topic " + plan.topic;
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(0));
    for (const PartitionTrim& p : plan.partitions) {
        if (p.removed() > 0)
            rd_kafka_topic_partition_list_add(list.get(), plan.topic.c_str(), p.partition)->offset =
                p.new_low;
    }
    if (list->cnt > 0) {
        DeleteRecordsPtr request(rd_kafka_DeleteRecords_new(list.get()));
        rd_kafka_DeleteRecords_t* raw = request.get();
        AdminCall call(admin.handle());
        auto options =
            make_admin_options(admin.handle(), RD_KAFKA_ADMIN_OP_DELETERECORDS, admin.deadline());
        rd_kafka_DeleteRecords(admin.handle(), &raw, 1, options.get(), call.queue());
        EventPtr event = call.wait(RD_KAFKA_EVENT_DELETERECORDS_RESULT, admin.deadline(), what);
        const rd_kafka_topic_partition_list_t* result =
            rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(event.get()));
        for (int i = 0; result && i < result->cnt; ++i) {
            const rd_kafka_topic_partition_t& tp = result->elems[i];
            if (tp.err != RD_KAFKA_RESP_ERR_NO_ERROR)
                throw kafka_error(what + "[" + std::to_string(tp.partition) + "]", tp.err);
            for (PartitionTrim& p : plan.partitions) {
                if (p.partition == tp.partition) p.new_low = tp.offset;
            }
        }
    }
    plan.executed = true;
}

}  // namespace kfk
