// Admin: low and high watermarks of many partitions: two batched ListOffsets lookups, in
// flight together.

#include <future>
#include <utility>

#include "kfk/client/admin.hpp"
#include "kfk/client/admin_request.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/offset_lookup.hpp"

namespace kfk {

namespace {

TopicPartitionListPtr partitions_with_leaders(const std::vector<TopicDescription>& topics) {
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(0));
    for (const TopicDescription& t : topics) {
        for (const PartitionDescription& p : t.partitions) {
            if (p.leader >= 0) rd_kafka_topic_partition_list_add(list.get(), t.name.c_str(), p.id);
        }
    }
    return list;
}

}  // namespace

void Admin::fill_watermarks(std::vector<TopicDescription>& topics) {
    // Both lookups in flight together (each batched per leader by librdkafka).
    TopicPartitionListPtr lows = partitions_with_leaders(topics);
    if (lows->cnt == 0) return;
    TopicPartitionListPtr highs = partitions_with_leaders(topics);
    auto low_lookup = std::async(std::launch::async, [&] {
        lookup_current_offsets(*this, lows.get(), earliest_offset_query, "query watermarks");
    });
    lookup_current_offsets(*this, highs.get(), latest_offset_query, "query watermarks");
    low_lookup.get();
    for (const auto& [which, list] : {std::pair{earliest_offset_query, lows.get()},
                                      std::pair{latest_offset_query, highs.get()}}) {
        for (TopicDescription& t : topics) {
            for (PartitionDescription& p : t.partitions) {
                const rd_kafka_topic_partition_t* found =
                    rd_kafka_topic_partition_list_find(list, t.name.c_str(), p.id);
                if (found == nullptr) continue;
                if (found->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
                    if (p.error.empty()) p.error = rd_kafka_err2str(found->err);
                    continue;
                }
                (which == earliest_offset_query ? p.low : p.high) = found->offset;
            }
        }
    }
}

}  // namespace kfk
