#pragma once
// Where each partition's reading stops: the first offset not to print. One mechanism
// for `consume -e` (the stop is the high watermark the partition had when kfk started
// reading it) and `consume --until SPEC` (the offset SPEC resolves to, in --from's
// grammar). A stop is looked up once per partition (one ListOffsets request per leader,
// read_uncommitted), so a run ends as soon as it has read that far, without waiting for
// an empty fetch (which the broker holds up to fetch.wait.max.ms), and also ends on a
// topic that grows meanwhile, even one fed by kfk's own output.

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

    // Sets a partition's stop. The first stop learnt counts: a partition given back by a
    // rebalance and assigned again keeps the stop it had when kfk first read it.
    void set_stop(std::string_view topic, std::int32_t partition, std::int64_t stop);
    bool knows(std::string_view topic, std::int32_t partition) const;
    std::int64_t stop(std::string_view topic, std::int32_t partition) const;  // -1: unknown

    // Whether a message at `offset` lies before the partition's stop (an unknown stop:
    // yes). Messages at or after the stop are not shown.
    bool before_stop(std::string_view topic, std::int32_t partition, std::int64_t offset) const;

    // The position to commit for a group that reads on at `next`: never past the stop,
    // so the next run starts at the stop and misses nothing this run did not show.
    std::int64_t bounded(std::string_view topic, std::int32_t partition, std::int64_t next) const;

    // Records that reading goes on at `next`; true when this reaches the stop for the
    // first time.
    bool advance(std::string_view topic, std::int32_t partition, std::int64_t next);

    // librdkafka reported the end of the partition (an empty fetch): it is done even
    // where the stop was not reached (read_committed skipping aborted messages).
    void mark_done(std::string_view topic, std::int32_t partition);

    bool done(std::string_view topic, std::int32_t partition) const;
    bool all_done(const std::set<Key>& partitions) const;

private:
    struct Entry {
        std::int64_t stop = -1;  // -1: not known
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

// Learns the stop of each partition of `partitions` whose stop is not known yet:
// `at` resolved as --from resolves a start (beginning: the log start, end: the high
// watermark now, N and -N clamped into the log, @TIME the first message at or after the
// time, else the high watermark). With `at` = end, a start at the logical end becomes
// that end, so start and stop come from the same answer. `handle`'s isolation level
// must be read_uncommitted for the ends to be high watermarks.
void learn_stop_offsets(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                        StopOffsets& stops, const StartPosition& at, const Deadline& deadline);

}  // namespace kfk
