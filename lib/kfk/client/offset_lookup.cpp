#include "kfk/client/offset_lookup.hpp"

#include "kfk/client/kafka_error.hpp"

namespace kfk {

void lookup_offsets(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                    std::int64_t query, const Deadline& deadline, const char* what) {
    if (partitions->cnt == 0) return;
    for (int i = 0; i < partitions->cnt; ++i) partitions->elems[i].offset = query;
    const rd_kafka_resp_err_t err =
        rd_kafka_offsets_for_times(handle, partitions, deadline.remaining_ms());
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) throw kafka_error(what, err);
}

}  // namespace kfk
