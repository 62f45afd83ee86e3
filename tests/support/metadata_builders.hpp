#pragma once
// Hand-built cluster metadata for unit tests of what is decided on it.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "kfk/client/metadata.hpp"

namespace kfk::test {

// Brokers 1..N at 127.0.0.1:9092.., and the given topics.
inline ClusterMetadata cluster_of(int brokers, std::vector<TopicMetadata> topics) {
    ClusterMetadata md;
    for (int i = 1; i <= brokers; ++i) md.brokers.push_back({i, "127.0.0.1", 9091 + i});
    md.topics = std::move(topics);
    return md;
}

// A topic whose partition i is led by leaders[i] (-1: no leader).
inline TopicMetadata topic_led_by(const std::string& name, std::vector<std::int32_t> leaders) {
    TopicMetadata t{name, {}, ""};
    for (std::size_t i = 0; i < leaders.size(); ++i)
        t.partitions.push_back({static_cast<std::int32_t>(i), leaders[i], {}, {}, ""});
    return t;
}

}  // namespace kfk::test
