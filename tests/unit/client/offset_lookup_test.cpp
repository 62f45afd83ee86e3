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

// A mock cluster holding one partition of 4 messages; each test pushes the answers its
// brokers give to ListOffsets, then asks for the latest offset of that partition.
struct OnePartition {
    MockCluster mock;
    Admin admin;
    TopicPartitionListPtr list{rd_kafka_topic_partition_list_new(1)};

    OnePartition() : admin((mock.fill("t", 4), mock.client(10s))) {
        rd_kafka_topic_partition_list_add(list.get(), "t", 0);
    }

    void refuse(const std::vector<rd_kafka_resp_err_t>& answers) {
        rd_kafka_mock_push_request_errors_array(mock.cluster, test::list_offsets_api,
                                                answers.size(), answers.data());
    }

    void look_up(std::chrono::milliseconds budget) {
        lookup_offsets(admin.handle(), list.get(), latest_offset_query, Deadline(budget),
                       "look up");
    }
};

}  // namespace

TEST_CASE("offsets: a leader that moves is asked again until it answers") {
    OnePartition p;
    const std::vector<rd_kafka_resp_err_t> moving{RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
                                                  RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE};
    p.refuse(moving);
    p.look_up(10s);
    CHECK(p.list->elems[0].err == RD_KAFKA_RESP_ERR_NO_ERROR);
    CHECK(p.list->elems[0].offset == 4);
}

TEST_CASE("offsets: a refusal that is not a leader move is an error at once") {
    OnePartition p;
    p.refuse({RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED});
    CHECK_THROWS_AS(p.look_up(10s), Error);
}

TEST_CASE("offsets: a leader that never settles is an error once the deadline passes") {
    OnePartition p;
    // More refusals than tries fit in the deadline (pauses from 50 ms, doubling).
    p.refuse(std::vector<rd_kafka_resp_err_t>(50, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION));
    CHECK_THROWS_AS(p.look_up(500ms), Error);
}
