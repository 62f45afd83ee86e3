#include "kfk/client/kafka_error.hpp"

namespace kfk {

ExitCode exit_code_for(rd_kafka_resp_err_t err) {
    switch (err) {
        case RD_KAFKA_RESP_ERR_NO_ERROR:
            return ExitCode::ok;
        case RD_KAFKA_RESP_ERR__TIMED_OUT:
        case RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT:
        case RD_KAFKA_RESP_ERR__TRANSPORT:
        case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
        case RD_KAFKA_RESP_ERR__RESOLVE:
        case RD_KAFKA_RESP_ERR__WAIT_COORD:
            return ExitCode::timeout;
        case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
        case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
        case RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION:
        case RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND:
            return ExitCode::not_found;
        case RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS:
            return ExitCode::already_exists;
        case RD_KAFKA_RESP_ERR_TOPIC_EXCEPTION:
        case RD_KAFKA_RESP_ERR_INVALID_PARTITIONS:
        case RD_KAFKA_RESP_ERR_INVALID_REPLICATION_FACTOR:
        case RD_KAFKA_RESP_ERR_INVALID_REPLICA_ASSIGNMENT:
        case RD_KAFKA_RESP_ERR_INVALID_CONFIG:
        case RD_KAFKA_RESP_ERR_INVALID_REQUEST:
        case RD_KAFKA_RESP_ERR_POLICY_VIOLATION:
        case RD_KAFKA_RESP_ERR__INVALID_ARG:
            return ExitCode::usage;
        default:
            return ExitCode::kafka_error;
    }
}

Error kafka_error(std::string what_failed, rd_kafka_resp_err_t err, std::string detail) {
    std::string why = detail.empty() ? rd_kafka_err2str(err) : std::move(detail);
    return Error(exit_code_for(err), std::move(what_failed), std::move(why));
}

}  // namespace kfk
