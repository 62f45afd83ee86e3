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

// The pause between two tries: 50 ms, doubling up to 1 s, never past the deadline.
class RetryPause {
public:
    // Sleeps, then says whether another try fits before `deadline`.
    bool wait(const Deadline& deadline);

private:
    std::chrono::milliseconds next_{50};
};

}  // namespace kfk
