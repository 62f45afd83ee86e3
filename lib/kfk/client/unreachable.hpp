#pragma once
// One error for one cause: whichever request a command sends first (metadata, describe
// groups, create topics), a cluster that never answered is reported with the same line
// and exit 6, not as that request's own "Local: Timed out".

#include <librdkafka/rdkafka.h>

#include <chrono>
#include <string>

namespace kfk {

// True while no broker of `handle` has answered: librdkafka learns the cluster id from
// the first metadata response it gets, and asks for it on every first connection.
bool no_broker_answered(rd_kafka_t* handle);

// The handle's bootstrap.servers, as the user gave them.
std::string bootstrap_servers(rd_kafka_t* handle);

// "kfk: no broker reachable at HOSTS within 2s (is the cluster up? ...)", exit 6.
[[noreturn]] void throw_unreachable(const std::string& brokers, std::chrono::milliseconds budget);

// Throws throw_unreachable's Error when `err` is a timeout and no broker of `handle` has
// answered: a per-group (or per-item) "Local: Timed out" that only means "no cluster".
void throw_if_unreachable(rd_kafka_t* handle, rd_kafka_resp_err_t err,
                          std::chrono::milliseconds budget);

}  // namespace kfk
