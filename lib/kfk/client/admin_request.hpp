#pragma once
// The plumbing every librdkafka admin call shares: options with the command's time
// budget, a private result queue, and waiting for exactly one result event.

#include <librdkafka/rdkafka.h>

#include <memory>
#include <string>

#include "kfk/client/owned.hpp"
#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/deadline.hpp"
#include "kfk/error.hpp"

namespace kfk {

// Options for one admin request: request and operation timeouts from `deadline`,
// validate-only when `dry_run`.
AdminOptionsPtr make_admin_options(rd_kafka_t* handle, rd_kafka_admin_op_t op,
                                   const Deadline& deadline, bool dry_run = false);

// The timeout Error (exit 6) of an admin request whose result event is `type`. For a
// request that changes the cluster (create, delete, alter, ...) it adds the hint that
// the brokers may still carry it out: a timed-out request is not a refused one.
Error admin_timeout(rd_kafka_event_type_t type, const std::string& what_failed, std::string why);

// A queue for one request's result, and the wait for it. A request-level error (as
// opposed to per-item errors) is thrown as an Error for `what_failed`.
class AdminCall {
public:
    explicit AdminCall(rd_kafka_t* handle);
    rd_kafka_queue_t* queue() const { return queue_.get(); }

    // Waits (bounded by `deadline`) for the result event of `type`. With
    // `pass_not_ready`, an event whose error is coordinator_not_ready() is returned for
    // the caller to retry rather than thrown.
    EventPtr wait(rd_kafka_event_type_t type, const Deadline& deadline,
                  const std::string& what_failed, bool pass_not_ready = false) const;

private:
    rd_kafka_t* handle_;
    QueuePtr queue_;
};

}  // namespace kfk
