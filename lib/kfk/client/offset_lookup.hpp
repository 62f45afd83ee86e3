#pragma once
// ListOffsets for many partitions at once: by timestamp, or -2 (earliest) / -1 (latest).
// librdkafka's offsets_for_times batches the requests per leader; its watermark call
// would send one request per partition and can outlive its timeout (fixed in 2.3).

#include <librdkafka/rdkafka.h>

#include <cstdint>
#include <string>

#include "kfk/deadline.hpp"

namespace kfk {

class Admin;

inline constexpr std::int64_t earliest_offset_query = -2;
inline constexpr std::int64_t latest_offset_query = -1;

// Sets every entry's offset to `query` (a timestamp in ms, or one of the two queries
// above), asks the leaders, and leaves the answers in the list (per-partition errors in
// each entry's err). While a leader is moving (NOT_LEADER and its kin, for the request
// or a partition), asks again within the deadline. A request-level failure is thrown as
// an Error for `what`.
void lookup_offsets(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                    std::int64_t query, const Deadline& deadline, const char* what);

// Throws the first entry's own error, if any, as an Error for "`what` of TOPIC[P]": for
// callers to whom a partition without an offset makes the whole answer wrong.
void throw_partition_error(const rd_kafka_topic_partition_list_t* partitions,
                           const std::string& what);

// lookup_offsets for partitions taken from metadata that may be stale by now, as when a
// command lists every topic while others create and delete topics. A broker refuses
// the whole request for a topic it has not created yet or has just deleted, and
// librdkafka waits until the deadline for the leader of a topic gone since. So the
// first try gets half the time left. If it fails, the partitions that fresh metadata
// does not show with a leader get UNKNOWN_TOPIC_OR_PART in their err, and the rest are
// asked again, in halves by topic while a topic is refused, so that only that topic's
// entries get the error. Any other failure is thrown.
void lookup_current_offsets(Admin& admin, rd_kafka_topic_partition_list_t* partitions,
                            std::int64_t query, const char* what);

}  // namespace kfk
