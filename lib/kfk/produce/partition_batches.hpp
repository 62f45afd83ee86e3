#pragma once
// Records that wait in kfk, per partition, until librdkafka can send them at once.
//
// librdkafka 2.0.2's idempotent producer sends one ProduceRequest per partition at a
// time (it counts a partition's messages in flight against its limit of 5 requests),
// and while that request is out, a batch ready behind it makes the broker thread poll
// without sleeping until the acknowledgement arrives: that spin was most of kfk's CPU
// when producing. So a partition's records stay here while it has messages in flight,
// and go over as batches that each fit one request. Nothing here decides what is
// delivered: a wrong count of messages in flight only costs CPU, never a message.
// Pure bookkeeping, no Kafka, so that it is unit-tested.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace kfk {

struct BatchLimits {
    std::size_t messages = 10000;         // librdkafka's batch.num.messages
    std::int64_t bytes = 1'000'000;       // what one request's batch holds (batch.size)
    std::int64_t held_bytes = 32 << 20;   // beyond this, the producer waits for reports
    std::chrono::milliseconds linger{5};  // a batch not full goes once this old
};

// One record of a batch: where its value and key lie in the batch's bytes.
struct BatchEntry {
    std::size_t value_at = 0, value_size = 0, key_at = 0, key_size = 0;
    bool value_null = false, key_null = false;
    std::int64_t line = 0;  // input line, for the delivery report
};

struct PartitionBatch {
    std::int32_t partition = 0;
    std::string bytes;  // the values and keys, one after another
    std::vector<BatchEntry> entries;
    std::int64_t wire_bytes = 0;  // bytes plus the record overhead, to fit one request
    std::chrono::steady_clock::time_point started;  // when its first record came
};

class PartitionBatches {
public:
    // Keyless records start on `first_keyless` (the producer picks it at random, so
    // that short runs do not all land on partition 0).
    PartitionBatches(std::int32_t partition_count, BatchLimits limits,
                     std::int32_t first_keyless = 0);

    // A record for `partition`; with -1, for the partition keyless records fill now:
    // one batch to each partition in turn (a batch ends when it is full or has left),
    // as the Java client's sticky partitioner does.
    void add(std::int32_t partition, const std::optional<std::string>& key,
             const std::optional<std::string>& value, std::int64_t line,
             std::chrono::steady_clock::time_point now);

    // The batches that may go now: the first of each partition with nothing in flight,
    // once full, followed by another, or older than linger.
    std::vector<PartitionBatch> take_sendable(std::chrono::steady_clock::time_point now);
    // Every full batch, free or not: more than held_bytes wait and the reports that
    // would free their partitions do not come (a partition without a leader).
    std::vector<PartitionBatch> take_full();
    // Everything waiting, in order per partition: the input is idle or ended, or a
    // record that does not go in batches comes next.
    std::vector<PartitionBatch> take_all();

    // A batch librdkafka has copied: its storage serves a later batch. Without this,
    // every batch grew its buffer anew to about a megabyte, and the kernel's zeroing of
    // those fresh pages was a quarter of kfk's CPU when producing.
    void recycle(PartitionBatch&& shipped);

    // librdkafka accepted `messages` of `partition`; one of them was reported.
    void in_flight(std::int32_t partition, std::int64_t messages);
    void reported(std::int32_t partition);

    bool empty() const { return held_bytes_ == 0 && held_messages_ == 0; }
    bool over_limit() const { return held_bytes_ > limits_.held_bytes; }

private:
    bool full(const PartitionBatch& batch) const;
    PartitionBatch take_front(std::int32_t partition);
    PartitionBatch new_batch(std::int32_t partition, std::chrono::steady_clock::time_point now);

    BatchLimits limits_;
    std::vector<std::deque<PartitionBatch>> waiting_;  // per partition, oldest first
    std::vector<std::int64_t> in_flight_;
    std::vector<PartitionBatch> spare_;  // shipped batches, emptied, their capacity kept
    std::int32_t keyless_partition_ = 0;
    bool keyless_started_ =
        false;  // keyless records were placed: an empty queue means their batch left
    std::int64_t held_bytes_ = 0;
    std::int64_t held_messages_ = 0;
};

}  // namespace kfk
