#pragma once
// librdkafka's mock cluster, for unit tests of the fault paths a real broker cannot be
// made to take on demand (a coordinator that is not ready, a commit that times out).

#include <doctest/doctest.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <chrono>
#include <memory>
#include <string>

#include "kfk/client/client_config.hpp"

namespace kfk::test {

// Request API keys, as the mock cluster's error injection takes them.
constexpr std::int16_t list_offsets_api = 2;
constexpr std::int16_t offset_commit_api = 8;
constexpr std::int16_t offset_fetch_api = 9;

// A mock cluster of `brokers` brokers, owned by the handle that hosts it.
struct MockCluster {
    std::unique_ptr<rd_kafka_t, decltype(&rd_kafka_destroy)> host{nullptr, rd_kafka_destroy};
    rd_kafka_mock_cluster_t* cluster = nullptr;

    explicit MockCluster(int brokers = 1) {
        char err[256];
        rd_kafka_conf_t* conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "log_level", "0", err, sizeof err);
        host.reset(rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err));
        REQUIRE(host);
        cluster = rd_kafka_mock_cluster_new(host.get(), brokers);
        REQUIRE(cluster);
    }
    ~MockCluster() { rd_kafka_mock_cluster_destroy(cluster); }
    MockCluster(const MockCluster&) = delete;
    MockCluster& operator=(const MockCluster&) = delete;

    std::string bootstrap() const { return rd_kafka_mock_cluster_bootstraps(cluster); }

    ClientConfig client(std::chrono::milliseconds timeout) const {
        ClientConfig config;
        config.brokers = bootstrap();
        config.timeout = timeout;
        return config;
    }

    // Creates `topic` with one partition and writes `count` messages "0", "1", ... to it.
    void fill(const std::string& topic, int count) const {
        REQUIRE(rd_kafka_mock_topic_create(cluster, topic.c_str(), 1, 1) ==
                RD_KAFKA_RESP_ERR_NO_ERROR);
        char err[256];
        rd_kafka_conf_t* conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap().c_str(), err, sizeof err);
        rd_kafka_conf_set(conf, "log_level", "0", err, sizeof err);
        std::unique_ptr<rd_kafka_t, decltype(&rd_kafka_destroy)> producer(
            rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err), rd_kafka_destroy);
        REQUIRE(producer);
        for (int i = 0; i < count; ++i) {
            std::string value = std::to_string(i);
            REQUIRE(rd_kafka_producev(producer.get(), RD_KAFKA_V_TOPIC(topic.c_str()),
                                      RD_KAFKA_V_PARTITION(0),
                                      RD_KAFKA_V_VALUE(value.data(), value.size()),
                                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                      RD_KAFKA_V_END) == RD_KAFKA_RESP_ERR_NO_ERROR);
        }
        REQUIRE(rd_kafka_flush(producer.get(), 10'000) == RD_KAFKA_RESP_ERR_NO_ERROR);
    }
};

}  // namespace kfk::test
