// consume -g commits what it wrote, asking again while the commit times out (a broker
// of the offsets topic died and its ISR has not shrunk yet), and says so when the
// commit never succeeds; a group whose committed offsets cannot be read ends with an
// error instead of reading from a guess. Against librdkafka's mock cluster: a real
// broker cannot be made to fail these requests on demand.

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "kfk/client/group_commits.hpp"
#include "kfk/consume/consumer.hpp"
#include "kfk/error.hpp"
#include "support/mock_cluster.hpp"

using namespace kfk;
using namespace std::chrono_literals;
using test::MockCluster;

namespace {

// consume -g GROUP --from beginning -e, values one per line.
ConsumeSummary consume_group(const MockCluster& mock, const std::string& group,
                             std::chrono::milliseconds timeout, std::ostringstream& stream) {
    ConsumeRequest request;
    request.topics = {"orders"};
    request.group = group;
    request.from.kind = StartPosition::Kind::beginning;
    request.stop_at = StartPosition{};  // Kind::end
    StreamSink sink(stream);
    const std::atomic<bool> stop{false};
    const auto format = [](const MessageView& m, std::string& text) {
        text.append(m.value.value_or(""));
        text += '\n';
        return true;
    };
    ClientConfig config = mock.client(timeout);
    return consume(config, request, format, sink, stop);
}

using ConsumerPtr = std::unique_ptr<rd_kafka_t, decltype(&rd_kafka_destroy)>;
using PartitionsPtr = std::unique_ptr<rd_kafka_topic_partition_list_t,
                                      decltype(&rd_kafka_topic_partition_list_destroy)>;

// A consumer handle of `group` on the mock cluster that stores and commits offsets only
// when told to.
ConsumerPtr group_consumer(const MockCluster& mock, const std::string& group) {
    char err[256];
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", mock.bootstrap().c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "group.id", group.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
    rd_kafka_conf_set(conf, "enable.auto.offset.store", "false", err, sizeof err);
    rd_kafka_conf_set(conf, "log_level", "0", err, sizeof err);
    ConsumerPtr consumer(rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err), rd_kafka_destroy);
    REQUIRE(consumer);
    return consumer;
}

PartitionsPtr orders_0() {
    PartitionsPtr list(rd_kafka_topic_partition_list_new(1), rd_kafka_topic_partition_list_destroy);
    rd_kafka_topic_partition_list_add(list.get(), "orders", 0);
    return list;
}

// What the group committed for orders/0, asked through a consumer handle of the group
// (the mock cluster answers OffsetFetch for named partitions only).
std::int64_t committed_offset(const MockCluster& mock, const std::string& group) {
    const ConsumerPtr consumer = group_consumer(mock, group);
    const PartitionsPtr list = orders_0();
    REQUIRE(rd_kafka_committed(consumer.get(), list.get(), 10'000) == RD_KAFKA_RESP_ERR_NO_ERROR);
    REQUIRE(list->elems[0].err == RD_KAFKA_RESP_ERR_NO_ERROR);
    return list->elems[0].offset;
}

// consume_group with every request `api` answered `err` (more answers than a run can
// ask for): the Error it must end with.
Error failing_consume(const MockCluster& mock, std::int16_t api, rd_kafka_resp_err_t err,
                      std::ostringstream& out) {
    for (int i = 0; i < 200; ++i) rd_kafka_mock_push_request_errors(mock.cluster, api, 1, err);
    try {
        consume_group(mock, "billing", 1500ms, out);
    } catch (const Error& e) {
        return e;
    }
    FAIL("consume ended without an Error");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("consume -g commits what it wrote also when the first commits time out") {
    MockCluster mock;
    mock.fill("orders", 5);
    rd_kafka_mock_push_request_errors(
        mock.cluster, test::offset_commit_api, 3, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT,
        RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT);
    std::ostringstream out;
    const ConsumeSummary summary = consume_group(mock, "billing", 10s, out);
    CHECK(summary.messages == 5);
    CHECK(out.str() == "0\n1\n2\n3\n4\n");
    CHECK(committed_offset(mock, "billing") == 5);
}

TEST_CASE("consume -g whose commit keeps failing says so instead of exiting 0") {
    MockCluster mock;
    mock.fill("orders", 5);
    std::ostringstream out;
    const Error e =
        failing_consume(mock, test::offset_commit_api, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, out);
    CHECK_MESSAGE(e.line().find("commit the group's offsets") != std::string::npos, e.line());
    CHECK(out.str() == "0\n1\n2\n3\n4\n");  // written before the commit was tried
}

TEST_CASE("consume -g whose committed offsets cannot be read ends with an error, not a hang") {
    MockCluster mock;
    mock.fill("orders", 5);
    std::ostringstream out;
    const Error e = failing_consume(mock, test::offset_fetch_api,
                                    RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED, out);
    CHECK_MESSAGE(e.line().find("committed offsets") != std::string::npos, e.line());
    CHECK(out.str().empty());  // nothing read from a guessed start
}

TEST_CASE(
    "GroupCommits commits the stored offset once its interval passed, and at once on demand") {
    MockCluster mock;
    mock.fill("orders", 10);
    const ConsumerPtr consumer = group_consumer(mock, "periodic");
    const PartitionsPtr partition = orders_0();
    partition->elems[0].offset = 0;
    REQUIRE(rd_kafka_assign(consumer.get(), partition.get()) == RD_KAFKA_RESP_ERR_NO_ERROR);
    const auto store = [&](std::int64_t next) {
        partition->elems[0].offset = next;
        REQUIRE(rd_kafka_offsets_store(consumer.get(), partition.get()) ==
                RD_KAFKA_RESP_ERR_NO_ERROR);
    };
    {
        GroupCommits commits(consumer.get(), 1s);
        CHECK(commit_interval(consumer.get()) == 5000ms);  // librdkafka's default
        store(6);
        commits.tick();  // the interval has not passed: nothing is sent
        std::this_thread::sleep_for(100ms);
        CHECK(committed_offset(mock, "periodic") < 0);
        // Once it passed, one tick starts the commit; later ticks take its answer.
        const auto give_up = std::chrono::steady_clock::now() + 10s;
        std::int64_t committed = -1;
        while (committed != 6 && std::chrono::steady_clock::now() < give_up) {
            std::this_thread::sleep_for(100ms);
            commits.tick();
            committed = committed_offset(mock, "periodic");
        }
        CHECK(committed == 6);
        store(9);
        CHECK(commits.commit_now(Deadline(10s)) == RD_KAFKA_RESP_ERR_NO_ERROR);
        CHECK(committed_offset(mock, "periodic") == 9);
    }
    rd_kafka_assign(consumer.get(), nullptr);
}

TEST_CASE("GroupCommits with an interval of 0 commits only when told to") {
    MockCluster mock;
    mock.fill("orders", 10);
    const ConsumerPtr consumer = group_consumer(mock, "on-demand");
    const PartitionsPtr partition = orders_0();
    partition->elems[0].offset = 0;
    REQUIRE(rd_kafka_assign(consumer.get(), partition.get()) == RD_KAFKA_RESP_ERR_NO_ERROR);
    partition->elems[0].offset = 4;
    REQUIRE(rd_kafka_offsets_store(consumer.get(), partition.get()) == RD_KAFKA_RESP_ERR_NO_ERROR);
    {
        GroupCommits commits(consumer.get(), 0ms);
        for (int i = 0; i < 5; ++i) {
            commits.tick();
            std::this_thread::sleep_for(100ms);
        }
        CHECK(committed_offset(mock, "on-demand") < 0);
        CHECK(commits.commit_now(Deadline(10s)) == RD_KAFKA_RESP_ERR_NO_ERROR);
        CHECK(committed_offset(mock, "on-demand") == 4);
    }
    rd_kafka_assign(consumer.get(), nullptr);
}
