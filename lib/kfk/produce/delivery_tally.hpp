#pragma once
// What became of every message handed to the producer: delivered, failed (with the
// input line and the reason), and what is still awaited. Pure bookkeeping, no Kafka,
// so the reporting is unit-tested.

#include <cstdint>
#include <string>
#include <vector>

namespace kfk {

struct FailureGroup {
    std::string reason;               // "Broker: Message size too large"
    std::vector<std::int64_t> lines;  // input lines, ascending once finished
};

class DeliveryTally {
public:
    void sent() { ++sent_; }
    void delivered(std::int64_t bytes) {
        ++delivered_;
        bytes_ += bytes;
    }
    // A message that will never be delivered, or may have been (`possibly` persisted:
    // its acknowledgement was lost, e.g. in-flight when interrupted).
    void failed(std::int64_t line, const std::string& reason, bool possibly_persisted = false);

    std::int64_t sent_count() const { return sent_; }  // accepted by the producer
    std::int64_t delivered_count() const { return delivered_; }
    std::int64_t failed_count() const { return failed_; }
    std::int64_t possibly_persisted() const { return possibly_persisted_; }
    std::int64_t bytes() const { return bytes_; }
    // Sent but neither delivered nor failed yet.
    std::int64_t in_flight() const { return sent_ - delivered_ - (failed_ - failed_unsent_); }
    // Failures grouped by reason, in the order the reasons first occurred, lines sorted.
    std::vector<FailureGroup> failures() const;

    // A failure before the producer accepted the message (so it was never in flight).
    void failed_unsent(std::int64_t line, const std::string& reason);

private:
    std::int64_t sent_ = 0;
    std::int64_t delivered_ = 0;
    std::int64_t failed_ = 0;
    std::int64_t failed_unsent_ = 0;
    std::int64_t possibly_persisted_ = 0;
    std::int64_t bytes_ = 0;
    std::vector<FailureGroup> groups_;
};

// "3, 7-9, 12" for the sorted `lines`; after `max_ranges` ranges, "... (N more)".
std::string line_ranges(const std::vector<std::int64_t>& lines, std::size_t max_ranges = 10);

}  // namespace kfk
