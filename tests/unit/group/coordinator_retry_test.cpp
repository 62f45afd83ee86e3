// Group reads retry a coordinator that is not ready (a fresh cluster, a moved group),
// against librdkafka's mock cluster: a real broker cannot be made to say so on demand.
// Only COORDINATOR_LOAD_IN_PROGRESS is injected: librdkafka 2.0.2 crashes on an
// OffsetFetch answered NOT_COORDINATOR (librdkafka issue #5040), which is why
// delete_offsets describes the group before it reads the offsets.

#include "kfk/client/coordinator_retry.hpp"

#include <doctest/doctest.h>
#include <librdkafka/rdkafka_mock.h>

#include <chrono>
#include <memory>
#include <optional>

#include "kfk/error.hpp"
#include "kfk/group/group_admin.hpp"

using namespace kfk;

namespace {

constexpr std::int16_t offset_fetch_api = 9;  // the request ListConsumerGroupOffsets sends

// A mock cluster of one broker, owned by the handle that hosts it.
struct MockCluster {
    std::unique_ptr<rd_kafka_t, decltype(&rd_kafka_destroy)> host{nullptr, rd_kafka_destroy};
    rd_kafka_mock_cluster_t* cluster = nullptr;

    MockCluster() {
        char err[256];
        rd_kafka_conf_t* conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "log_level", "0", err, sizeof err);
        host.reset(rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err));
        REQUIRE(host);
        cluster = rd_kafka_mock_cluster_new(host.get(), 1);
        REQUIRE(cluster);
    }
    ~MockCluster() { rd_kafka_mock_cluster_destroy(cluster); }

    ClientConfig client(std::chrono::milliseconds timeout) const {
        ClientConfig config;
        config.brokers = rd_kafka_mock_cluster_bootstraps(cluster);
        config.timeout = timeout;
        return config;
    }
};

}  // namespace

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
