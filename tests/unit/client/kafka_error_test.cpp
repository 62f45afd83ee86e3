#include "kfk/client/kafka_error.hpp"

#include <doctest/doctest.h>

using kfk::exit_code_for;
using kfk::ExitCode;

TEST_CASE("librdkafka errors map to DESIGN.md's exit codes") {
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR_NO_ERROR) == ExitCode::ok);
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR__TIMED_OUT) == ExitCode::timeout);
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR__TRANSPORT) == ExitCode::timeout);
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) == ExitCode::timeout);
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) == ExitCode::not_found);
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND) == ExitCode::not_found);
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS) == ExitCode::already_exists);
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR_INVALID_REPLICATION_FACTOR) == ExitCode::usage);
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR_INVALID_CONFIG) == ExitCode::usage);
    CHECK(exit_code_for(RD_KAFKA_RESP_ERR_NOT_CONTROLLER) == ExitCode::kafka_error);
}

TEST_CASE("kafka_error prefers the broker's message and keeps the exit code") {
    const kfk::Error e = kfk::kafka_error("create topic t", RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS,
                                          "Topic 't' already exists.");
    CHECK(e.code() == ExitCode::already_exists);
    CHECK(e.line() == "kfk: create topic t: Topic 't' already exists.");
}

TEST_CASE("an error line carries the hint in parentheses") {
    const kfk::Error e(ExitCode::timeout, "fetch metadata", "no broker reachable",
                       "is the cluster up?");
    CHECK(e.line() == "kfk: fetch metadata: no broker reachable (is the cluster up?)");
}
