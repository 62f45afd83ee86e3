#include "kfk/produce/partition_batches.hpp"

#include <algorithm>

namespace kfk {

namespace {

// librdkafka fills a request up to batch.size counting each record at its worst-case
// size in a v2 batch (36 bytes beyond key and value), and the request's own header
// (client id, topic name, batch header: at most a few hundred bytes) in that size too.
constexpr std::int64_t record_overhead = 36;
constexpr std::int64_t batch_overhead = 512;
// A batch's buffer is reserved whole up to this (batch.size may be set far larger).
constexpr std::int64_t max_reserve = 4 << 20;

}  // namespace

PartitionBatches::PartitionBatches(std::int32_t partition_count, BatchLimits limits,
                                   std::int32_t first_keyless)
    : limits_(limits),
      waiting_(static_cast<std::size_t>(partition_count)),
      in_flight_(static_cast<std::size_t>(partition_count), 0),
      keyless_partition_(partition_count > 0 ? first_keyless % partition_count : 0) {}

bool PartitionBatches::full(const PartitionBatch& batch) const {
    return batch.entries.size() >= limits_.messages || batch.wire_bytes >= limits_.bytes;
}

void PartitionBatches::add(std::int32_t partition, const std::optional<std::string>& key,
                           const std::optional<std::string>& value, std::int64_t line,
                           std::chrono::steady_clock::time_point now) {
    const std::int64_t size =
        static_cast<std::int64_t>((key ? key->size() : 0) + (value ? value->size() : 0)) +
        record_overhead;
    const auto count = static_cast<std::int32_t>(waiting_.size());
    if (partition < 0) {
        // Keyless: the current partition until its batch is full or has left, then the
        // next one.
        const auto& queue = waiting_[static_cast<std::size_t>(keyless_partition_)];
        const bool batch_left = keyless_started_ && queue.empty();
        const bool batch_full =
            !queue.empty() && !queue.back().entries.empty() &&
            (full(queue.back()) || queue.back().wire_bytes + size > limits_.bytes);
        if (batch_left || batch_full) keyless_partition_ = (keyless_partition_ + 1) % count;
        partition = keyless_partition_;
        keyless_started_ = true;
    }
    auto& queue = waiting_[static_cast<std::size_t>(partition)];
    if (queue.empty() || full(queue.back()) ||
        (!queue.back().entries.empty() && queue.back().wire_bytes + size > limits_.bytes))
        queue.push_back(new_batch(partition, now));
    PartitionBatch& batch = queue.back();
    BatchEntry entry;
    entry.line = line;
    entry.value_null = !value;
    entry.key_null = !key;
    entry.value_at = batch.bytes.size();
    entry.value_size = value ? value->size() : 0;
    if (value) batch.bytes += *value;
    entry.key_at = batch.bytes.size();
    entry.key_size = key ? key->size() : 0;
    if (key) batch.bytes += *key;
    batch.entries.push_back(entry);
    batch.wire_bytes += size;
    held_bytes_ += size;
    ++held_messages_;
}

PartitionBatch PartitionBatches::new_batch(std::int32_t partition,
                                           std::chrono::steady_clock::time_point now) {
    PartitionBatch batch;
    if (!spare_.empty()) {
        batch = std::move(spare_.back());
        spare_.pop_back();
    } else {
        // Room for a full batch at once: growing by doubling copies it and touches
        // twice the memory.
        batch.bytes.reserve(static_cast<std::size_t>(std::min(limits_.bytes, max_reserve)));
    }
    batch.partition = partition;
    batch.wire_bytes = batch_overhead;
    batch.started = now;
    return batch;
}

void PartitionBatches::recycle(PartitionBatch&& shipped) {
    // One spare per partition and one more covers a steady stream; more would only
    // hold memory after a burst.
    if (spare_.size() > waiting_.size()) return;
    shipped.bytes.clear();
    shipped.entries.clear();
    spare_.push_back(std::move(shipped));
}

PartitionBatch PartitionBatches::take_front(std::int32_t partition) {
    auto& queue = waiting_[static_cast<std::size_t>(partition)];
    PartitionBatch batch = std::move(queue.front());
    queue.pop_front();
    held_bytes_ -= batch.wire_bytes - batch_overhead;
    held_messages_ -= static_cast<std::int64_t>(batch.entries.size());
    return batch;
}

std::vector<PartitionBatch> PartitionBatches::take_sendable(
    std::chrono::steady_clock::time_point now) {
    std::vector<PartitionBatch> out;
    for (std::size_t p = 0; p < waiting_.size(); ++p) {
        const auto& queue = waiting_[p];
        if (in_flight_[p] == 0 && !queue.empty() &&
            (queue.size() > 1 || full(queue.front()) ||
             now - queue.front().started >= limits_.linger))
            out.push_back(take_front(static_cast<std::int32_t>(p)));
    }
    return out;
}

std::vector<PartitionBatch> PartitionBatches::take_full() {
    std::vector<PartitionBatch> out;
    for (std::size_t p = 0; p < waiting_.size(); ++p) {
        while (waiting_[p].size() > 1) out.push_back(take_front(static_cast<std::int32_t>(p)));
    }
    return out;
}

std::vector<PartitionBatch> PartitionBatches::take_all() {
    std::vector<PartitionBatch> out;
    for (std::size_t p = 0; p < waiting_.size(); ++p) {
        while (!waiting_[p].empty()) out.push_back(take_front(static_cast<std::int32_t>(p)));
    }
    return out;
}

void PartitionBatches::in_flight(std::int32_t partition, std::int64_t messages) {
    if (partition >= 0 && static_cast<std::size_t>(partition) < in_flight_.size())
        in_flight_[static_cast<std::size_t>(partition)] += messages;
}

void PartitionBatches::reported(std::int32_t partition) {
    // A message sent alone (headers, its own partition) was never counted here.
    if (partition >= 0 && static_cast<std::size_t>(partition) < in_flight_.size() &&
        in_flight_[static_cast<std::size_t>(partition)] > 0)
        --in_flight_[static_cast<std::size_t>(partition)];
}

}  // namespace kfk
