#pragma once
// A group's coordinator answers NOT_COORDINATOR or COORDINATOR_LOAD_IN_PROGRESS while
// it moves or loads its state: on a fresh cluster, after a broker restart. A read sent
// again a moment later succeeds, so kfk's group reads retry these within --timeout
// (librdkafka 2.0.2's admin API passes them straight through).

#include <librdkafka/rdkafka.h>

#include <chrono>

#include "kfk/deadline.hpp"

namespace kfk {

// True for the errors that say "ask again shortly", not "no".
bool coordinator_not_ready(rd_kafka_resp_err_t err);

// True for the errors of a consumer's group requests (commit, committed offsets) that a
// moment later may be gone: coordinator_not_ready's, no coordinator known yet, a
// request that timed out or lost its connection (a broker died).
bool group_request_retriable(rd_kafka_resp_err_t err);

// The pause between two tries: 50 ms, doubling up to 1 s, never past the deadline.
class RetryPause {
public:
    // Sleeps, then says whether another try fits before `deadline`.
    bool wait(const Deadline& deadline);

private:
    std::chrono::milliseconds next_{50};
};

// Calls `attempt` (returning an rd_kafka_resp_err_t) again while it answers a
// group_request_retriable error and another try fits before `deadline`; returns its
// last answer.
template <class Attempt>
rd_kafka_resp_err_t retry_group_request(const Deadline& deadline, Attempt attempt) {
    RetryPause pause;
    for (;;) {
        const rd_kafka_resp_err_t err = attempt();
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR || !group_request_retriable(err) ||
            !pause.wait(deadline))
            return err;
    }
}

}  // namespace kfk
