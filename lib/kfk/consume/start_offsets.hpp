#pragma once
// Turns a StartPosition into a concrete offset for each partition of a list, ready for
// rd_kafka_assign. Used for manual assignment and, in a group, for the partitions that
// have no committed offset yet.

#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/consume/start_position.hpp"
#include "kfk/deadline.hpp"

namespace kfk {

// Sets each entry's offset. Absolute offsets are clamped to [low, high] and -N never
// reaches before the log start, so no request falls out of range; a timestamp after the
// last message starts at the end. `stored` means the end here: it is used only where a
// group has no committed offset.
void resolve_start_offsets(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                           const StartPosition& from, const Deadline& deadline);

// Replaces the logical offsets beginning and end with the partitions' current low and
// high watermarks, so the start can be committed for the group (as the Java consumer
// commits its position), also for a partition the run never reads from.
void make_start_offsets_absolute(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                                 const Deadline& deadline);

}  // namespace kfk
