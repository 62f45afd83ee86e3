#pragma once
// Bounds what librdkafka buffers ahead of kfk, without its 1 s stalls.
//
// librdkafka 2.0.2 stops fetching a partition when its pre-fetch queue holds more than
// queued.min.messages or queued.max.messages.kbytes, and then looks at it again only a
// fixed 1,000 ms later (librdkafka issue #2879): kfk drains such a queue in a fraction
// of that and then waits. kfk keeps those limits as the memory bound, notes when the
// queue came near them, and once kfk has drained the queue it seeks each partition to
// where kfk goes on, which ends librdkafka's backoff (a pause and resume does not). A
// seek drops what is queued for a partition, so this happens only when nothing is.

#include <cstdint>
#include <set>
#include <string>
#include <utility>

#include "kfk/client/rdkafka_handle.hpp"

namespace kfk {

class FlowControl {
public:
    // The pre-fetch queue's bounds, set on the consumer's configuration unless -X did.
    static constexpr int queued_messages = 50'000;
    static constexpr int queued_kbytes = 16 * 1024;

    explicit FlowControl(rd_kafka_t* handle);

    // After each message of `bytes`: now and then looks how full the queue is.
    void on_message(std::size_t bytes);

    // The queue is empty: restarts fetching if librdkafka may be holding it back.
    void on_drained(const std::set<std::pair<std::string, std::int32_t>>& partitions);

private:
    rd_kafka_t* handle_;
    QueuePtr queue_;
    std::size_t since_sample_ = 0;
    std::size_t bytes_since_sample_ = 0;
    bool held_back_ = false;  // the queue came near a bound since the last restart
};

}  // namespace kfk
