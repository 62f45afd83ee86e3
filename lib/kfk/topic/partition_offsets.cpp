#include "kfk/topic/partition_offsets.hpp"

#include <algorithm>

#include "kfk/client/admin_request.hpp"
#include "kfk/client/offset_lookup.hpp"
#include "kfk/topic/topic_description.hpp"

namespace kfk {

namespace {

const char* const what = "offsets";

// The partitions asked for, checked against the metadata.
std::vector<PartitionOffset> wanted_partitions(const ClusterMetadata& md,
                                               const std::vector<std::string>& topics,
                                               const std::vector<std::int32_t>& partitions) {
    std::vector<PartitionOffset> rows;
    for (const TopicMetadata* t : select_topics(md, topics, std::nullopt, true, what)) {
        for (const PartitionMetadata& p : t->partitions) {
            if (!partitions.empty() &&
                std::find(partitions.begin(), partitions.end(), p.id) == partitions.end())
                continue;
            rows.push_back({t->name, p.id, std::nullopt, p.leader < 0 ? "no leader" : ""});
        }
        for (std::int32_t wanted : partitions) {
            const bool exists =
                std::any_of(t->partitions.begin(), t->partitions.end(),
                            [&](const PartitionMetadata& p) { return p.id == wanted; });
            if (!exists) {
                throw Error(ExitCode::not_found, std::string(what) + " " + t->name,
                            "partition " + std::to_string(wanted) +
                                " does not exist (the topic has " +
                                std::to_string(t->partitions.size()) + ")");
            }
        }
    }
    std::sort(rows.begin(), rows.end(), [](const PartitionOffset& a, const PartitionOffset& b) {
        return std::tie(a.topic, a.partition) < std::tie(b.topic, b.partition);
    });
    return rows;
}

// Asks `query` for the rows selected by `include` that have no answer and no error yet.
template <class Include>
void ask(Admin& admin, std::vector<PartitionOffset>& rows, std::int64_t query, Include include) {
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(0));
    for (const PartitionOffset& r : rows) {
        if (r.error.empty() && !r.offset && include(r))
            rd_kafka_topic_partition_list_add(list.get(), r.topic.c_str(), r.partition);
    }
    if (list->cnt == 0) return;
    lookup_offsets(admin.handle(), list.get(), query, admin.deadline(), "look up offsets");
    for (PartitionOffset& r : rows) {
        const rd_kafka_topic_partition_t* found =
            rd_kafka_topic_partition_list_find(list.get(), r.topic.c_str(), r.partition);
        if (found == nullptr) continue;
        if (found->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            r.error = rd_kafka_err2str(found->err);
        } else if (found->offset >= 0) {
            r.offset = found->offset;
        }
    }
}

}  // namespace

std::vector<PartitionOffset> partition_offsets(Admin& admin, const std::vector<std::string>& topics,
                                               const std::vector<std::int32_t>& partitions,
                                               const OffsetQuery& query) {
    std::vector<PartitionOffset> rows = wanted_partitions(admin.metadata(), topics, partitions);
    const auto all = [](const PartitionOffset&) { return true; };
    switch (query.kind) {
        case OffsetQuery::Kind::beginning:
            ask(admin, rows, earliest_offset_query, all);
            break;
        case OffsetQuery::Kind::end:
            ask(admin, rows, latest_offset_query, all);
            break;
        case OffsetQuery::Kind::timestamp:
            ask(admin, rows, query.timestamp, all);
            // No message at or after the time (the broker answers -1): the end.
            ask(admin, rows, latest_offset_query, all);
            break;
    }
    return rows;
}

}  // namespace kfk
