#include "kfk/consume/start_offsets.hpp"

#include <algorithm>
#include <vector>

#include "kfk/client/admin_request.hpp"
#include "kfk/client/offset_lookup.hpp"

namespace kfk {

namespace {

TopicPartitionListPtr copy_of(const rd_kafka_topic_partition_list_t* list) {
    return TopicPartitionListPtr(rd_kafka_topic_partition_list_copy(list));
}

// The offsets a query answers, in the order of `partitions`.
std::vector<std::int64_t> query(rd_kafka_t* handle,
                                const rd_kafka_topic_partition_list_t* partitions,
                                std::int64_t what, const Deadline& deadline) {
    TopicPartitionListPtr answer = copy_of(partitions);
    lookup_offsets(handle, answer.get(), what, deadline, "find start offsets");
    // A partition without an answer has no offset to start from: guessing one would
    // skip or repeat messages.
    throw_partition_error(answer.get(), "find start offsets");
    std::vector<std::int64_t> offsets;
    for (int i = 0; i < answer->cnt; ++i) offsets.push_back(answer->elems[i].offset);
    return offsets;
}

}  // namespace

void resolve_start_offsets(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                           const StartPosition& from, const Deadline& deadline) {
    using Kind = StartPosition::Kind;
    auto set_all = [&](std::int64_t logical) {
        for (int i = 0; i < partitions->cnt; ++i) partitions->elems[i].offset = logical;
    };
    switch (from.kind) {
        case Kind::beginning:
            set_all(RD_KAFKA_OFFSET_BEGINNING);
            return;
        case Kind::end:
        case Kind::stored:
            set_all(RD_KAFKA_OFFSET_END);
            return;
        case Kind::timestamp: {
            const auto found = query(handle, partitions, from.value, deadline);
            // -1: no message at or after the timestamp, so start at the end.
            for (int i = 0; i < partitions->cnt; ++i) {
                partitions->elems[i].offset = found[i] < 0 ? RD_KAFKA_OFFSET_END : found[i];
            }
            return;
        }
        case Kind::absolute:
        case Kind::from_end: {
            const auto low = query(handle, partitions, earliest_offset_query, deadline);
            const auto high = query(handle, partitions, latest_offset_query, deadline);
            for (int i = 0; i < partitions->cnt; ++i) {
                const std::int64_t wanted =
                    from.kind == Kind::absolute ? from.value : high[i] - from.value;
                partitions->elems[i].offset = std::clamp(wanted, low[i], std::max(low[i], high[i]));
            }
            return;
        }
    }
}

void make_start_offsets_absolute(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                                 const Deadline& deadline) {
    const auto has = [&](std::int64_t logical) {
        for (int i = 0; i < partitions->cnt; ++i) {
            if (partitions->elems[i].offset == logical) return true;
        }
        return false;
    };
    if (has(RD_KAFKA_OFFSET_BEGINNING)) {
        const auto low = query(handle, partitions, earliest_offset_query, deadline);
        for (int i = 0; i < partitions->cnt; ++i) {
            if (partitions->elems[i].offset == RD_KAFKA_OFFSET_BEGINNING)
                partitions->elems[i].offset = low[i];
        }
    }
    if (has(RD_KAFKA_OFFSET_END)) {
        const auto high = query(handle, partitions, latest_offset_query, deadline);
        for (int i = 0; i < partitions->cnt; ++i) {
            if (partitions->elems[i].offset == RD_KAFKA_OFFSET_END)
                partitions->elems[i].offset = high[i];
        }
    }
}

}  // namespace kfk
