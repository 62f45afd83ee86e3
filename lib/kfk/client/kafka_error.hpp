#pragma once
// librdkafka error codes -> kfk Errors with the exit code DESIGN.md assigns them.

#include <librdkafka/rdkafka.h>

#include <string>

#include "kfk/error.hpp"

namespace kfk {

ExitCode exit_code_for(rd_kafka_resp_err_t err);

// An Error for `what_failed`, with librdkafka's description of `err` (or `detail`
// when the broker sent a more specific message) as the reason.
Error kafka_error(std::string what_failed, rd_kafka_resp_err_t err, std::string detail = {});

}  // namespace kfk
