#include "kfk/group/lag_time.hpp"

#include <algorithm>
#include <chrono>

namespace kfk {

std::map<PartitionKey, std::int64_t> next_read_offsets(const std::vector<PartitionLag*>& rows) {
    std::map<PartitionKey, std::int64_t> offsets;
    for (const PartitionLag* p : rows) {
        if (!p->committed || !p->high || p->lag.value_or(0) == 0) continue;
        offsets[{p->topic, p->partition}] = std::max(*p->committed, p->low.value_or(0));
    }
    return offsets;
}

void apply_lag_times(const std::vector<PartitionLag*>& rows, const PeekResult& peeked,
                     std::int64_t now_ms) {
    for (PartitionLag* p : rows) {
        p->lag_ms.reset();
        p->lag_ms_reason.reset();
        const PartitionKey key{p->topic, p->partition};
        if (!p->committed) {
            p->lag_ms_reason = "no committed offset";
        } else if (!p->lag) {
            p->lag_ms_reason = "high watermark unknown";
        } else if (*p->lag == 0) {
            p->lag_ms = 0;
        } else if (auto error = peeked.errors.find(key); error != peeked.errors.end()) {
            p->lag_ms_reason = "cannot read the next message: " + error->second;
        } else if (auto found = peeked.messages.find(key); found != peeked.messages.end()) {
            if (found->second.timestamp_ms)
                p->lag_ms = std::max<std::int64_t>(0, now_ms - *found->second.timestamp_ms);
            else
                p->lag_ms_reason = "the next message has no timestamp";
        } else {
            p->lag_ms_reason = "the next message was not read within --timeout";
        }
    }
}

void fill_lag_times(const ClientConfig& config, const std::vector<PartitionLag*>& rows,
                    const Deadline& deadline) {
    const PeekResult peeked = peek_messages(config, next_read_offsets(rows), deadline);
    apply_lag_times(rows, peeked, epoch_now_ms());
}

std::int64_t epoch_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace kfk
