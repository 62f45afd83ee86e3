#pragma once
// The produce engine: checks the topic (and -p partition) exists before sending
// anything, sends every record of a RecordSource (asynchronously, or one at a time
// with `sync`), waits for every delivery report, and accounts for each input line.
// Nothing counts as delivered without a successful delivery report.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/codec/record.hpp"
#include "kfk/error.hpp"
#include "kfk/produce/delivery_tally.hpp"
#include "kfk/produce/record_source.hpp"

namespace kfk {

enum class Acks { all, leader, none };  // acks=all (-1), 1, 0

struct ProduceRequest {
    std::string topic;
    std::optional<std::int32_t> partition;   // -p: every message there (overrides JSON's)
    std::optional<Acks> acks;                // nullopt: all, unless -X acks says otherwise
    bool sync = false;                       // wait for each acknowledgement
    std::optional<std::string> compression;  // none|gzip|snappy|lz4|zstd
    std::optional<double> rate;              // messages per second
    std::vector<Header> headers;             // -H: added to every message
    // Applied to each record before it is sent (produce --encode). A returned reason
    // means the record does not fit: it fails with its line and is not sent.
    std::function<std::optional<std::string>(Record&)> transform;
};

struct ProduceProgress {
    std::int64_t sent = 0;
    std::int64_t delivered = 0;
    std::int64_t failed = 0;
    std::chrono::milliseconds elapsed{0};
};

struct ProduceHooks {
    // Called about twice a second while producing.
    std::function<void(const ProduceProgress&)> progress;
    // When set, one line per delivery report: "line 3: partition 1 offset 42".
    std::ostream* acks = nullptr;
};

struct ProduceSummary {
    std::int64_t delivered = 0;  // with acks=0: sent, not acknowledged
    std::int64_t failed = 0;
    std::int64_t possibly_persisted = 0;  // failed, but may have reached the broker
    std::int64_t bytes = 0;               // key + value bytes delivered
    std::int64_t skipped_empty = 0;
    std::int64_t skipped_invalid = 0;
    std::vector<std::string> invalid_examples;
    std::vector<FailureGroup> failures;
    std::chrono::milliseconds elapsed{0};
    bool acknowledged = true;          // false with acks=0: delivery is not confirmed
    bool interrupted = false;          // `stop` was raised
    std::optional<Error> input_error;  // reading stopped at a malformed record
};

// A missing topic or partition is a not-found Error and an unreachable cluster a
// timeout Error, both before any input is read. Delivery failures are in the summary.
ProduceSummary produce(const ClientConfig& config, const ProduceRequest& request,
                       RecordSource& source, const std::atomic<bool>& stop,
                       const ProduceHooks& hooks = {});

}  // namespace kfk
