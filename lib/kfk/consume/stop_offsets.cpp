#include "kfk/consume/stop_offsets.hpp"

#include <algorithm>

#include "kfk/client/admin_request.hpp"
#include "kfk/consume/start_offsets.hpp"

namespace kfk {

void StopOffsets::resolve(rd_kafka_t* handle, const rd_kafka_topic_partition_list_t* partitions,
                          const StartPosition& until, const Deadline& deadline) {
    TopicPartitionListPtr fresh(rd_kafka_topic_partition_list_new(0));
    for (int i = 0; i < partitions->cnt; ++i) {
        const auto& p = partitions->elems[i];
        if (!stops_.contains({p.topic, p.partition}))
            rd_kafka_topic_partition_list_add(fresh.get(), p.topic, p.partition);
    }
    if (fresh->cnt == 0) return;
    // The same positions --from starts at, made concrete: a start offset is exactly
    // the first offset of the window after it, so it is this window's end.
    resolve_start_offsets(handle, fresh.get(), until, deadline);
    make_start_offsets_absolute(handle, fresh.get(), deadline);
    for (int i = 0; i < fresh->cnt; ++i) {
        const auto& p = fresh->elems[i];
        stops_[{p.topic, p.partition}] = p.offset;
    }
}

bool StopOffsets::reached(std::string_view topic, std::int32_t partition, std::int64_t offset) {
    Key key{std::string(topic), partition};
    const auto it = stops_.find(key);
    if (it == stops_.end() || offset < it->second) return false;
    reached_.insert(std::move(key));
    return true;
}

bool StopOffsets::beyond(std::string_view topic, std::int32_t partition,
                         std::int64_t offset) const {
    const auto it = stops_.find({std::string(topic), partition});
    return it != stops_.end() && offset > it->second;
}

bool StopOffsets::all_reached(const std::set<Key>& assigned) const {
    return !assigned.empty() && std::all_of(assigned.begin(), assigned.end(),
                                            [&](const Key& k) { return reached_.contains(k); });
}

}  // namespace kfk
