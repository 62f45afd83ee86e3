// A ListOffsets sent just after a broker died can reach the old leader, which answers
// NOT_LEADER_FOR_PARTITION until the new leader is known (a consume -e or --from
// offset after a broker kill failed on this in CI). The mock cluster answers the same
// on demand.

#include "kfk/client/offset_lookup.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <vector>

#include "kfk/client/admin.hpp"
#include "kfk/client/owned.hpp"
#include "kfk/error.hpp"
#include "support/mock_cluster.hpp"

using namespace kfk;
using namespace std::chrono_literals;
using test::MockCluster;

namespace {

TopicPartitionListPtr one_partition(const char* topic) {
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(list.get(), topic, 0);
    return list;
}

}  // namespace

TEST_CASE("offsets: a leader that moves is asked again until it answers") {
    MockCluster mock;
    mock.fill("moving", 4);
    Admin admin(mock.client(10s));
    TopicPartitionListPtr list = one_partition("moving");
    rd_kafka_mock_push_request_errors(mock.cluster, test::list_offsets_api, 2,
                                      RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
                                      RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE);
    lookup_offsets(admin.handle(), list.get(), latest_offset_query, Deadline(10s), "look up");
    CHECK(list->elems[0].err == RD_KAFKA_RESP_ERR_NO_ERROR);
    CHECK(list->elems[0].offset == 4);
}

TEST_CASE("offsets: a refusal that is not a leader move is an error at once") {
    MockCluster mock;
    mock.fill("refused", 4);
    Admin admin(mock.client(10s));
    TopicPartitionListPtr list = one_partition("refused");
    rd_kafka_mock_push_request_errors(mock.cluster, test::list_offsets_api, 1,
                                      RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED);
    CHECK_THROWS_AS(
        lookup_offsets(admin.handle(), list.get(), latest_offset_query, Deadline(10s), "look up"),
        Error);
}

TEST_CASE("offsets: a leader that never settles is an error once the deadline passes") {
    MockCluster mock;
    mock.fill("unsettled", 4);
    Admin admin(mock.client(10s));
    TopicPartitionListPtr list = one_partition("unsettled");
    // More refusals than tries fit in the deadline (pauses from 50 ms, doubling).
    const std::vector<rd_kafka_resp_err_t> refusals(50, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION);
    rd_kafka_mock_push_request_errors_array(mock.cluster, test::list_offsets_api, refusals.size(),
                                            refusals.data());
    CHECK_THROWS_AS(
        lookup_offsets(admin.handle(), list.get(), latest_offset_query, Deadline(500ms), "look up"),
        Error);
}
