// Group reads retry a coordinator that is not ready (a fresh cluster, a moved group),
// against librdkafka's mock cluster: a real broker cannot be made to say so on demand.
// Only COORDINATOR_LOAD_IN_PROGRESS is injected: librdkafka 2.0.2 crashes on an
// OffsetFetch answered NOT_COORDINATOR (librdkafka issue #5040), which is why
// delete_offsets describes the group before it reads the offsets.

#include "kfk/client/coordinator_retry.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <optional>

#include "kfk/error.hpp"
#include "kfk/group/group_admin.hpp"
#include "support/mock_cluster.hpp"

using namespace kfk;

using test::MockCluster;
using test::offset_fetch_api;

TEST_CASE("a group's committed offsets are read again while its coordinator is not ready") {
    MockCluster mock;
    rd_kafka_mock_push_request_errors(mock.cluster, offset_fetch_api, 3,
                                      RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS,
                                      RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS,
                                      RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS);
    Admin admin(mock.client(std::chrono::seconds(10)));
    const auto committed = GroupAdmin(admin).committed_offsets({"billing", "audit"});
    REQUIRE(committed.size() == 2);
    CHECK(committed.at("billing").empty());  // a new group: nothing committed
    CHECK(committed.at("audit").empty());
}

TEST_CASE("a coordinator still not ready at --timeout is reported, not retried forever") {
    MockCluster mock;
    for (int i = 0; i < 100; ++i) {
        rd_kafka_mock_push_request_errors(mock.cluster, offset_fetch_api, 1,
                                          RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS);
    }
    const auto start = std::chrono::steady_clock::now();
    Admin admin(mock.client(std::chrono::milliseconds(800)));
    std::optional<Error> e;
    try {
        GroupAdmin(admin).committed_offsets({"billing"});
    } catch (const Error& thrown) {
        e = thrown;
    }
    REQUIRE(e);
    // The broker's last answer, or the deadline if it struck during a request.
    const bool said_not_coordinator =
        e->code() == ExitCode::kafka_error &&
        e->line().find("list committed offsets of group billing") != std::string::npos;
    CHECK_MESSAGE((said_not_coordinator || e->code() == ExitCode::timeout), e->line());
    // Bounded by --timeout, with room for a slow machine.
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
}

TEST_CASE("only the coordinator's 'ask again' errors are retried") {
    CHECK(coordinator_not_ready(RD_KAFKA_RESP_ERR_NOT_COORDINATOR));
    CHECK(coordinator_not_ready(RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS));
    CHECK(coordinator_not_ready(RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE));
    CHECK_FALSE(coordinator_not_ready(RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND));
    CHECK_FALSE(coordinator_not_ready(RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED));
}

TEST_CASE("a consumer's group requests are also retried after a timeout or a lost connection") {
    CHECK(group_request_retriable(RD_KAFKA_RESP_ERR_NOT_COORDINATOR));
    CHECK(group_request_retriable(RD_KAFKA_RESP_ERR__WAIT_COORD));
    CHECK(group_request_retriable(RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT));
    CHECK(group_request_retriable(RD_KAFKA_RESP_ERR__TIMED_OUT));
    CHECK(group_request_retriable(RD_KAFKA_RESP_ERR__TRANSPORT));
    CHECK_FALSE(group_request_retriable(RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED));
    CHECK_FALSE(group_request_retriable(RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART));
}
