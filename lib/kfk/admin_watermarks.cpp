// Admin: low and high watermarks of many partitions in two batched ListOffsets rounds.

#include "kfk/admin.hpp"
#include "kfk/admin_request.hpp"
#include "kfk/kafka_error.hpp"

namespace kfk {

namespace {

// ListOffsets takes a timestamp per partition; -2 asks for the earliest offset and
// -1 for the latest. librdkafka's offsets_for_times batches the request per leader
// (rd_kafka_query_watermark_offsets would send one request per partition).
constexpr std::int64_t earliest = -2;
constexpr std::int64_t latest = -1;

TopicPartitionListPtr partition_list(const std::vector<TopicDescription>& topics, std::int64_t which) {
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(0));
    for (const TopicDescription& t : topics) {
        for (const PartitionDescription& p : t.partitions) {
            if (p.leader < 0) continue;  // no one to ask
            rd_kafka_topic_partition_list_add(list.get(), t.name.c_str(), p.id)->offset = which;
        }
    }
    return list;
}

}  // namespace

void Admin::fill_watermarks(std::vector<TopicDescription>& topics) {
    for (std::int64_t which : {earliest, latest}) {
        TopicPartitionListPtr list = partition_list(topics, which);
        if (list->cnt == 0) return;
        const rd_kafka_resp_err_t err =
            rd_kafka_offsets_for_times(handle_.get(), list.get(), deadline_.remaining_ms());
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) throw kafka_error("query watermarks", err);
        for (TopicDescription& t : topics) {
            for (PartitionDescription& p : t.partitions) {
                const rd_kafka_topic_partition_t* found =
                    rd_kafka_topic_partition_list_find(list.get(), t.name.c_str(), p.id);
                if (found == nullptr) continue;
                if (found->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
                    if (p.error.empty()) p.error = rd_kafka_err2str(found->err);
                    continue;
                }
                (which == earliest ? p.low : p.high) = found->offset;
            }
        }
    }
}

}  // namespace kfk
