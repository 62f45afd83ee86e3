#pragma once
// `--topic orders` or `--topic orders:0,2`: a topic, and optionally which of its
// partitions a command touches.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kfk {

struct TopicPartitions {
    std::string topic;
    std::vector<std::int32_t> partitions;  // empty: every partition of the topic

    bool operator==(const TopicPartitions&) const = default;
};

// Throws a usage Error naming `flag` for an invalid topic name or partition list.
TopicPartitions parse_topic_partitions(std::string_view text, std::string_view flag);

}  // namespace kfk
