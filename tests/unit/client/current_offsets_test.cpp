// Watermarks and group offsets are looked up for partitions read from metadata moments
// before; a topic deleted in between must not fail the command (topic list, group
// list --lag-above, top). A real broker answers ListOffsets for a just-deleted topic
// with UNKNOWN_TOPIC_OR_PART for the whole request; the mock cluster is made to answer
// the same, and its metadata then reports the topic gone.

#include <doctest/doctest.h>

#include <chrono>

#include "kfk/client/admin.hpp"
#include "kfk/client/offset_lookup.hpp"
#include "kfk/client/owned.hpp"
#include "kfk/error.hpp"
#include "support/mock_cluster.hpp"

using namespace kfk;
using namespace std::chrono_literals;
using test::MockCluster;

TEST_CASE("offsets of a topic deleted after its metadata was read: the others still come") {
    MockCluster mock;
    mock.fill("kept", 3);
    mock.fill("gone", 2);
    Admin admin(mock.client(10s));
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(2));
    for (const char* topic : {"kept", "gone"})
        rd_kafka_topic_partition_list_add(list.get(), topic, 0);

    // "gone" is deleted now: the lookup is refused as a whole, and metadata reports the
    // topic unknown from here on.
    rd_kafka_mock_topic_set_error(mock.cluster, "gone", RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);
    rd_kafka_mock_push_request_errors(mock.cluster, test::list_offsets_api, 1,
                                      RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);
    lookup_current_offsets(admin, list.get(), latest_offset_query, "look up offsets");

    const rd_kafka_topic_partition_t* kept =
        rd_kafka_topic_partition_list_find(list.get(), "kept", 0);
    CHECK(kept->err == RD_KAFKA_RESP_ERR_NO_ERROR);
    CHECK(kept->offset == 3);
    CHECK(rd_kafka_topic_partition_list_find(list.get(), "gone", 0)->err ==
          RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);
}

TEST_CASE("watermarks: a lookup refused while the metadata still holds the topic is an error") {
    MockCluster mock;
    mock.fill("kept", 3);
    Admin admin(mock.client(10s));
    const ClusterMetadata md = admin.metadata();
    std::vector<TopicDescription> topics;
    for (const TopicMetadata& t : md.topics) topics.push_back(describe_topic(t, md));
    // Every ListOffsets refused, and nothing in the metadata explains it: the low and the
    // high lookup, each tried twice (in whatever order the two threads send them).
    rd_kafka_mock_push_request_errors(
        mock.cluster, test::list_offsets_api, 4, RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED,
        RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED, RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED,
        RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED);
    CHECK_THROWS_AS(admin.fill_watermarks(topics), Error);
}

TEST_CASE("offsets: only the topic a broker keeps refusing gets the error") {
    MockCluster mock;
    for (const char* topic : {"a", "b", "c"}) mock.fill(topic, 2);
    Admin admin(mock.client(10s));
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(3));
    for (const char* topic : {"c", "b", "a"})
        rd_kafka_topic_partition_list_add(list.get(), topic, 0);

    // The requests in order: all (first try), all (after fresh metadata), then by halves
    // [a] and [b c], then [b] and [c]. Only those holding b are refused.
    constexpr auto refused = RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
    constexpr auto fine = RD_KAFKA_RESP_ERR_NO_ERROR;
    rd_kafka_mock_push_request_errors(mock.cluster, test::list_offsets_api, 6, refused, refused,
                                      fine, refused, refused, fine);
    lookup_current_offsets(admin, list.get(), latest_offset_query, "look up offsets");

    for (const char* topic : {"a", "c"}) {
        const rd_kafka_topic_partition_t* tp =
            rd_kafka_topic_partition_list_find(list.get(), topic, 0);
        CHECK_MESSAGE(tp->err == fine, topic);
        CHECK_MESSAGE(tp->offset == 2, topic);
    }
    CHECK(rd_kafka_topic_partition_list_find(list.get(), "b", 0)->err == refused);
}
