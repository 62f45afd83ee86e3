#pragma once
// The consume engine: assigns (or, with a group, subscribes to) the partitions, starts
// each where --from says, and hands every message to a formatter and an output sink.
// In a group, an offset is stored for commit only after the sink flushed the message
// out, so a consumer killed at any moment never skips a message on restart.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/client/key_partitioner.hpp"
#include "kfk/consume/message_filter.hpp"
#include "kfk/consume/message_view.hpp"
#include "kfk/consume/output_sink.hpp"
#include "kfk/consume/start_position.hpp"

namespace kfk {

struct ConsumeRequest {
    std::vector<std::string> topics;
    std::vector<std::int32_t> partitions;  // empty: every partition of every topic
    std::optional<std::string> group;
    StartPosition from;                 // where there is no committed offset
    std::optional<std::int64_t> count;  // stop after this many messages in total
    // Where each partition stops (see StopOffsets), the run ending once every assigned
    // partition reached its stop: `end` for -e, the spec of --until. None: no stop.
    std::optional<StartPosition> stop_at;
    bool with_headers = false;  // fill MessageView::headers (costs time)
    // Only the messages it matches are printed and counted (-n counts them). With keys,
    // only the partitions `partitioner` maps the keys to are read; `partitions` given
    // too must include each of those, else a usage Error.
    MessageFilter filter;
    KeyPartitioner partitioner = KeyPartitioner::murmur2;  // kfk produce's, Java's
    // Keeps the newest `tail` messages (by timestamp, across partitions) and prints them
    // at the end, oldest first; needs a stop.
    std::optional<std::size_t> tail;
    // Where to say which partitions a key lookup reads (-v); null: nowhere.
    std::ostream* notes = nullptr;
};

struct ConsumeSummary {
    std::int64_t messages = 0;  // printed (fetched, matched and formatted)
    // Of those, the ones whose output was flushed out whole: all of them unless the output
    // closed. With a group, the positions up to these are committed. Through a pipe that can be
    // more than the reader took: `| head -1` leaves the rest in the pipe's buffer.
    std::int64_t written = 0;
    std::int64_t bytes = 0;    // key and value bytes printed
    std::int64_t scanned = 0;  // read, matched by the filter or not
    std::int64_t matched = 0;  // matched by the filter (with --tail: more than printed)
    std::int64_t dropped = 0;  // matched, but dropped by the formatter (not printed)
    bool filtered = false;     // a filter chose what was printed: scanned/matched say more
    bool tailed = false;       // --tail: only the newest of the matched were printed
    std::chrono::milliseconds elapsed{0};
    bool interrupted = false;    // `stop` was raised
    bool output_closed = false;  // a write failed: the caller tells EPIPE from other errors
};

// Appends the text for one message to `out`. False drops the message (consume
// --decode's --on-decode-error skip): nothing is printed, and it does not count toward
// `count`, as a message the filter passed over does not.
using MessageFormatter = std::function<bool(const MessageView& message, std::string& out)>;

// Runs until `count`, every partition at its stop (stop_at), `stop`, or a closed output.
// Missing topics or partitions are not-found Errors; an unreachable cluster is a
// timeout Error within the config's timeout.
ConsumeSummary consume(const ClientConfig& config, const ConsumeRequest& request,
                       const MessageFormatter& format, OutputSink& sink,
                       const std::atomic<bool>& stop);

}  // namespace kfk
