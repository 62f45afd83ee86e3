#include "kfk/consume/stop_offsets.hpp"

#include <algorithm>

#include "kfk/consume/start_offsets.hpp"

namespace kfk {

void StopOffsets::set_stop(std::string_view topic, std::int32_t partition, std::int64_t stop) {
    Entry& e = entry(topic, partition);
    if (e.stop < 0) e.stop = stop;
}

bool StopOffsets::knows(std::string_view topic, std::int32_t partition) const {
    const Entry* e = find(topic, partition);
    return e && e->stop >= 0;
}

std::int64_t StopOffsets::stop(std::string_view topic, std::int32_t partition) const {
    const Entry* e = find(topic, partition);
    return e ? e->stop : -1;
}

bool StopOffsets::before_stop(std::string_view topic, std::int32_t partition,
                              std::int64_t offset) const {
    const Entry* e = find(topic, partition);
    return !e || e->stop < 0 || offset < e->stop;
}

std::int64_t StopOffsets::bounded(std::string_view topic, std::int32_t partition,
                                  std::int64_t next) const {
    const Entry* e = find(topic, partition);
    return !e || e->stop < 0 ? next : std::min(next, e->stop);
}

bool StopOffsets::advance(std::string_view topic, std::int32_t partition, std::int64_t next) {
    Entry& e = entry(topic, partition);
    if (e.done || e.stop < 0 || next < e.stop) return false;
    e.done = true;
    return true;
}

void StopOffsets::mark_done(std::string_view topic, std::int32_t partition) {
    entry(topic, partition).done = true;
}

bool StopOffsets::done(std::string_view topic, std::int32_t partition) const {
    const Entry* e = find(topic, partition);
    return e && e->done;
}

bool StopOffsets::all_done(const std::set<Key>& partitions) const {
    return std::all_of(partitions.begin(), partitions.end(),
                       [&](const Key& k) { return done(k.first, k.second); });
}

const StopOffsets::Entry* StopOffsets::find(std::string_view topic, std::int32_t partition) const {
    const auto it = entries_.find(std::pair<std::string_view, std::int32_t>(topic, partition));
    return it == entries_.end() ? nullptr : &it->second;
}

StopOffsets::Entry& StopOffsets::entry(std::string_view topic, std::int32_t partition) {
    auto it = entries_.find(std::pair<std::string_view, std::int32_t>(topic, partition));
    if (it == entries_.end()) it = entries_.emplace(Key(topic, partition), Entry{}).first;
    return it->second;
}

void learn_stop_offsets(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                        StopOffsets& stops, const StartPosition& at, const Deadline& deadline) {
    TopicPartitionListPtr unknown(rd_kafka_topic_partition_list_new(0));
    for (int i = 0; i < partitions->cnt; ++i) {
        const auto& p = partitions->elems[i];
        if (!stops.knows(p.topic, p.partition))
            rd_kafka_topic_partition_list_add(unknown.get(), p.topic, p.partition);
    }
    // A start offset is exactly the first offset of the window after it, so the offset
    // --from would start at is where this window stops. offsets_for_times sends one
    // ListOffsets request per leader broker, in parallel.
    resolve_start_offsets(handle, unknown.get(), at, deadline);
    make_start_offsets_absolute(handle, unknown.get(), deadline);
    for (int i = 0; i < unknown->cnt; ++i) {
        const auto& p = unknown->elems[i];
        if (p.offset >= 0) stops.set_stop(p.topic, p.partition, p.offset);
    }
    if (at.kind != StartPosition::Kind::end) return;
    // Starting at the end is starting at the end just learnt, a moment older.
    for (int i = 0; i < partitions->cnt; ++i) {
        auto& p = partitions->elems[i];
        const std::int64_t stop = stops.stop(p.topic, p.partition);
        if (p.offset == RD_KAFKA_OFFSET_END && stop >= 0) p.offset = stop;
    }
}

}  // namespace kfk
