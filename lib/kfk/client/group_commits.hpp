#pragma once
// The offset commits of `consume -g`, made by kfk instead of librdkafka's auto-commit:
// while consuming, one asynchronous commit of the stored offsets at a time, every
// interval; at a rebalance and at the end, a synchronous one that first waits for the
// asynchronous commit in flight. With librdkafka's auto-commit, a periodic commit that
// failed against a coordinator that died can be retried after the final commit has
// succeeded, and so put the group back to older offsets: it would read those messages
// again.

#include <librdkafka/rdkafka.h>

#include <chrono>

#include "kfk/client/owned.hpp"
#include "kfk/deadline.hpp"

namespace kfk {

class GroupCommits {
public:
    // `handle` must have enable.auto.commit=false and outlive this object.
    GroupCommits(rd_kafka_t* handle, std::chrono::milliseconds interval);

    // From the poll loop: takes the answer of the commit in flight, if it came, and
    // starts the next commit once the interval has passed since the last one began.
    // A periodic commit that fails is left to the next one (and to commit_now). An
    // interval of 0 means no periodic commits, as auto.commit.interval.ms=0 does.
    void tick();

    // Waits (within `deadline`) for the commit in flight to be answered, then commits
    // the stored offsets synchronously, asking again while the coordinator moves.
    // Returns the final error (RD_KAFKA_RESP_ERR_NO_ERROR when nothing needed commit).
    rd_kafka_resp_err_t commit_now(const Deadline& deadline);

private:
    // Takes the answer of the commit in flight, waiting up to `wait_ms` for it.
    void collect(int wait_ms);

    rd_kafka_t* handle_;
    QueuePtr results_;
    std::chrono::milliseconds interval_;
    std::chrono::steady_clock::time_point last_start_;
    bool in_flight_ = false;
};

// The handle's auto.commit.interval.ms (librdkafka's default, or what -X set).
std::chrono::milliseconds commit_interval(rd_kafka_t* handle);

}  // namespace kfk
