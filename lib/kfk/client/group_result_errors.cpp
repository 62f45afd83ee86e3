#include "kfk/client/group_result_errors.hpp"

#include "kfk/client/kafka_error.hpp"
#include "kfk/client/unreachable.hpp"

namespace kfk {

void throw_group_result_errors(const Admin& admin, const rd_kafka_group_result_t** results,
                               std::size_t count, const std::string& what) {
    for (std::size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t* error = rd_kafka_group_result_error(results[i])) {
            throw_if_unreachable(admin.handle(), rd_kafka_error_code(error),
                                 admin.deadline().budget());
            throw kafka_error(what, rd_kafka_error_code(error), rd_kafka_error_string(error));
        }
        const rd_kafka_topic_partition_list_t* parts = rd_kafka_group_result_partitions(results[i]);
        for (int p = 0; parts && p < parts->cnt; ++p) {
            const rd_kafka_topic_partition_t& tp = parts->elems[p];
            if (tp.err == RD_KAFKA_RESP_ERR_NO_ERROR) continue;
            // Nothing here is retried behind the user's back: the group gained a member
            // since the plan was made (UNKNOWN_MEMBER_ID), a member still consumes the
            // topic (GROUP_SUBSCRIBED_TO_TOPIC), the coordinator moved.
            throw kafka_error(what + " on " + tp.topic + "[" + std::to_string(tp.partition) + "]",
                              tp.err);
        }
    }
}

}  // namespace kfk
