#pragma once
// Client handles: configuration, creation, and the connection problems their error
// callback reports. Only lib/kfk/client/ includes librdkafka; everything above it sees
// kfk's own structs.

#include <librdkafka/rdkafka.h>

#include <memory>
#include <optional>
#include <string>

#include "kfk/client/client_config.hpp"
#include "kfk/client/owned.hpp"

namespace kfk {

// A configuration carrying the brokers, every -X property, kfk's safe defaults (no
// topic auto-creation) and the log routing for the config's verbosity. A property
// librdkafka rejects is a usage Error naming it.
ConfPtr make_conf(const ClientConfig& config);

// An error librdkafka reported through its error callback that makes waiting for a
// broker pointless: failed authentication, or a TLS handshake that cannot succeed.
struct ConnectionProblem {
    rd_kafka_resp_err_t code;
    std::string reason;
};

// The problem reported while this thread last served `handle`'s callbacks (librdkafka
// calls the error callback from rd_kafka_poll in the polling thread), and clears it.
std::optional<ConnectionProblem> take_connection_problem(rd_kafka_t* handle);

// Throws the taken problem, if any, as an Error (exit 1) naming `brokers`: a wait for a
// broker that cannot let kfk in ends at once instead of at --timeout.
void throw_connection_problem(rd_kafka_t* handle, const std::string& brokers);

// Creates a client handle from `conf` (consumed). Throws Error on failure.
HandlePtr make_handle(rd_kafka_type_t type, ConfPtr conf);

}  // namespace kfk
