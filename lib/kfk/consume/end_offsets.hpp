#pragma once
// Where `consume -e` stops: each partition ends at the high watermark it had when kfk
// started reading it (asked once, one ListOffsets request per leader, read_uncommitted),
// so a run ends as soon as it has read that far, without waiting for an empty fetch
// (which the broker holds up to fetch.wait.max.ms), and also ends on a topic that grows
// meanwhile, even one fed by kfk's own output.

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/deadline.hpp"

namespace kfk {

class EndOffsets {
public:
    using Key = std::pair<std::string, std::int32_t>;

    // Sets a partition's end. The first end learnt counts: a partition given back by a
    // rebalance and assigned again keeps the end it had when kfk first read it.
    void set_end(std::string_view topic, std::int32_t partition, std::int64_t end);
    bool knows(std::string_view topic, std::int32_t partition) const;
    std::int64_t end(std::string_view topic, std::int32_t partition) const;  // -1: unknown

    // Whether a message at `offset` lies before the partition's end (an unknown end:
    // yes). Messages at or after the end are not shown.
    bool before_end(std::string_view topic, std::int32_t partition, std::int64_t offset) const;

    // Records that reading goes on at `next`; true when this reaches the end for the
    // first time.
    bool advance(std::string_view topic, std::int32_t partition, std::int64_t next);

    // librdkafka reported the end of the partition (an empty fetch): it is done even
    // where the watermark was not reached (read_committed skipping aborted messages).
    void mark_done(std::string_view topic, std::int32_t partition);

    bool done(std::string_view topic, std::int32_t partition) const;
    bool all_done(const std::set<Key>& partitions) const;

private:
    struct Entry {
        std::int64_t end = -1;  // -1: not known
        bool done = false;
    };
    const Entry* find(std::string_view topic, std::int32_t partition) const;
    Entry& entry(std::string_view topic, std::int32_t partition);

    // Looks up by (string_view, partition) without building a std::string per message.
    struct Less {
        using is_transparent = void;
        template <class A, class B>
        bool operator()(const A& a, const B& b) const {
            const std::string_view at = a.first, bt = b.first;
            return at < bt || (at == bt && a.second < b.second);
        }
    };
    std::map<Key, Entry, Less> entries_;
};

// Learns the end of each partition of `partitions` whose end is not known yet, from its
// leader, turns a start at the logical end into that end, and marks done the partitions
// whose start is at or past their end. Returns those with their start offset, so a
// group can commit it. `handle`'s isolation level must be read_uncommitted for the ends
// to be high watermarks.
std::vector<std::pair<EndOffsets::Key, std::int64_t>> learn_end_offsets(
    rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions, EndOffsets& ends,
    const Deadline& deadline);

}  // namespace kfk
