#pragma once
// Where each partition's reading ends: the first offset not to print. `consume --until`
// fills it from its spec (offsets for times, one request per leader); it is meant to be
// the one per-partition stop mechanism, so that -e (stop at the high watermark read at
// start) can fill the same map.

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/consume/start_position.hpp"
#include "kfk/deadline.hpp"

namespace kfk {

class StopOffsets {
public:
    using Key = std::pair<std::string, std::int32_t>;

    // Resolves `until` for the partitions of `partitions` that have no stop yet (a
    // partition keeps its stop across rebalances): beginning is the log start, end the
    // high watermark now, N and -N as for --from, @TIME the first message at or after
    // the time (the high watermark when there is none).
    void resolve(rd_kafka_t* handle, const rd_kafka_topic_partition_list_t* partitions,
                 const StartPosition& until, const Deadline& deadline);

    void set(const Key& partition, std::int64_t stop) { stops_[partition] = stop; }
    bool empty() const { return stops_.empty(); }

    // True when `offset` (a message's, or the position at the end of the partition) is
    // at or past the partition's stop; the partition then counts as finished.
    bool reached(std::string_view topic, std::int32_t partition, std::int64_t offset);

    // True when `offset` is strictly past the stop: a position there must not be
    // committed for a group (the next run starts at the stop).
    bool beyond(std::string_view topic, std::int32_t partition, std::int64_t offset) const;

    // Every partition of `assigned` (not empty) is finished.
    bool all_reached(const std::set<Key>& assigned) const;

private:
    std::map<Key, std::int64_t> stops_;
    std::set<Key> reached_;
};

}  // namespace kfk
