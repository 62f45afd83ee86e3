#include "kfk/client/admin_request.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "kfk/client/coordinator_retry.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/client/unreachable.hpp"
#include "kfk/duration.hpp"

namespace kfk {

AdminOptionsPtr make_admin_options(rd_kafka_t* handle, rd_kafka_admin_op_t op,
                                   const Deadline& deadline, bool dry_run) {
    AdminOptionsPtr options(rd_kafka_AdminOptions_new(handle, op));
    std::array<char, 256> why{};
    const int timeout = std::max(1, deadline.remaining_ms());
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeout, why.data(), why.size());
    // Only some operations take an operation timeout (how long the broker waits for
    // the change to spread); the call fails harmlessly for the others.
    rd_kafka_AdminOptions_set_operation_timeout(options.get(), timeout, why.data(), why.size());
    if (dry_run) rd_kafka_AdminOptions_set_validate_only(options.get(), 1, why.data(), why.size());
    return options;
}

namespace {

// Requests that change the cluster: one that timed out may still be carried out.
bool changes_cluster(rd_kafka_event_type_t type) {
    switch (type) {
        case RD_KAFKA_EVENT_CREATETOPICS_RESULT:
        case RD_KAFKA_EVENT_DELETETOPICS_RESULT:
        case RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT:
        case RD_KAFKA_EVENT_ALTERCONFIGS_RESULT:
        case RD_KAFKA_EVENT_DELETERECORDS_RESULT:
        case RD_KAFKA_EVENT_DELETEGROUPS_RESULT:
        case RD_KAFKA_EVENT_DELETECONSUMERGROUPOFFSETS_RESULT:
        case RD_KAFKA_EVENT_CREATEACLS_RESULT:
        case RD_KAFKA_EVENT_DELETEACLS_RESULT:
        case RD_KAFKA_EVENT_ALTERCONSUMERGROUPOFFSETS_RESULT:
            return true;
        default:
            return false;
    }
}

}  // namespace

Error admin_timeout(rd_kafka_event_type_t type, const std::string& what_failed, std::string why) {
    return Error(ExitCode::timeout, what_failed, std::move(why),
                 changes_cluster(type) ? "the brokers may still carry it out: look before trying "
                                         "again"
                                       : "");
}

AdminCall::AdminCall(rd_kafka_t* handle) : handle_(handle), queue_(rd_kafka_queue_new(handle)) {}

EventPtr AdminCall::wait(rd_kafka_event_type_t type, const Deadline& deadline,
                         const std::string& what_failed, bool pass_not_ready) const {
    // A little grace past the deadline: librdkafka itself times the request out at the
    // deadline and then delivers an event that says so.
    const Deadline with_grace(std::chrono::milliseconds(deadline.remaining_ms()) +
                              std::chrono::seconds(1));
    for (;;) {
        // In short slices, so that a failed login or TLS handshake (reported only
        // through the error callback) ends the wait at once rather than at the deadline.
        EventPtr event(
            rd_kafka_queue_poll(queue_.get(), std::clamp(with_grace.remaining_ms(), 0, 200)));
        if (!event) {
            throw_connection_problem(handle_, "the cluster");
            if (!with_grace.expired()) continue;
            if (no_broker_answered(handle_))
                throw_unreachable(bootstrap_servers(handle_), deadline.budget());
            throw admin_timeout(type, what_failed,
                                "no answer within " + format_duration(deadline.budget()));
        }
        if (rd_kafka_event_type(event.get()) != type) continue;  // e.g. a log or error event
        const rd_kafka_resp_err_t err = rd_kafka_event_error(event.get());
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR && !(pass_not_ready && coordinator_not_ready(err))) {
            if (exit_code_for(err) == ExitCode::timeout) {
                if (no_broker_answered(handle_))
                    throw_unreachable(bootstrap_servers(handle_), deadline.budget());
                throw admin_timeout(type, what_failed,
                                    std::string(rd_kafka_event_error_string(event.get())) +
                                        " (within " + format_duration(deadline.budget()) + ")");
            }
            throw kafka_error(what_failed, err, rd_kafka_event_error_string(event.get()));
        }
        return event;
    }
}

}  // namespace kfk
