#include "kfk/consume/end_offsets.hpp"

#include <algorithm>

#include "kfk/client/offset_lookup.hpp"

namespace kfk {

void EndOffsets::set_end(std::string_view topic, std::int32_t partition, std::int64_t end) {
    Entry& e = entry(topic, partition);
    if (e.end < 0) e.end = end;
}

bool EndOffsets::knows(std::string_view topic, std::int32_t partition) const {
    const Entry* e = find(topic, partition);
    return e && e->end >= 0;
}

std::int64_t EndOffsets::end(std::string_view topic, std::int32_t partition) const {
    const Entry* e = find(topic, partition);
    return e ? e->end : -1;
}

bool EndOffsets::before_end(std::string_view topic, std::int32_t partition,
                            std::int64_t offset) const {
    const Entry* e = find(topic, partition);
    return !e || e->end < 0 || offset < e->end;
}

bool EndOffsets::advance(std::string_view topic, std::int32_t partition, std::int64_t next) {
    Entry& e = entry(topic, partition);
    if (e.done || e.end < 0 || next < e.end) return false;
    e.done = true;
    return true;
}

void EndOffsets::mark_done(std::string_view topic, std::int32_t partition) {
    entry(topic, partition).done = true;
}

bool EndOffsets::done(std::string_view topic, std::int32_t partition) const {
    const Entry* e = find(topic, partition);
    return e && e->done;
}

bool EndOffsets::all_done(const std::set<Key>& partitions) const {
    return std::all_of(partitions.begin(), partitions.end(),
                       [&](const Key& k) { return done(k.first, k.second); });
}

const EndOffsets::Entry* EndOffsets::find(std::string_view topic, std::int32_t partition) const {
    const auto it = entries_.find(std::pair<std::string_view, std::int32_t>(topic, partition));
    return it == entries_.end() ? nullptr : &it->second;
}

EndOffsets::Entry& EndOffsets::entry(std::string_view topic, std::int32_t partition) {
    auto it = entries_.find(std::pair<std::string_view, std::int32_t>(topic, partition));
    if (it == entries_.end()) it = entries_.emplace(Key(topic, partition), Entry{}).first;
    return it->second;
}

std::vector<std::pair<EndOffsets::Key, std::int64_t>> learn_end_offsets(
    rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions, EndOffsets& ends,
    const Deadline& deadline) {
    TopicPartitionListPtr unknown(rd_kafka_topic_partition_list_new(0));
    for (int i = 0; i < partitions->cnt; ++i) {
        const auto& p = partitions->elems[i];
        if (!ends.knows(p.topic, p.partition))
            rd_kafka_topic_partition_list_add(unknown.get(), p.topic, p.partition);
    }
    // offsets_for_times sends one ListOffsets request per leader broker, in parallel.
    lookup_offsets(handle, unknown.get(), latest_offset_query, deadline, "find end offsets");
    for (int i = 0; i < unknown->cnt; ++i) {
        const auto& p = unknown->elems[i];
        if (p.err == RD_KAFKA_RESP_ERR_NO_ERROR && p.offset >= 0)
            ends.set_end(p.topic, p.partition, p.offset);
    }

    std::vector<std::pair<EndOffsets::Key, std::int64_t>> done;
    for (int i = 0; i < partitions->cnt; ++i) {
        auto& p = partitions->elems[i];
        const std::int64_t end = ends.end(p.topic, p.partition);
        if (end < 0) continue;
        // Starting at the end is starting at the end just learnt, a moment older.
        if (p.offset == RD_KAFKA_OFFSET_END) p.offset = end;
        // A partition never written to is at its end from the beginning. One whose
        // every message was deleted (low = high > 0) is not asked for its low watermark
        // here: librdkafka's end-of-partition event ends it.
        const std::int64_t start = p.offset == RD_KAFKA_OFFSET_BEGINNING && end == 0 ? 0 : p.offset;
        if (start >= 0 && ends.advance(p.topic, p.partition, start))
            done.push_back({{p.topic, p.partition}, start});
    }
    return done;
}

}  // namespace kfk
