#include "kfk/client/key_partitioner.hpp"

#include <librdkafka/rdkafka.h>

#include "kfk/murmur2.hpp"

namespace kfk {

std::optional<KeyPartitioner> parse_key_partitioner(std::string_view name) {
    if (name == "murmur2") return KeyPartitioner::murmur2;
    if (name == "crc32") return KeyPartitioner::crc32;
    if (name == "fnv1a") return KeyPartitioner::fnv1a;
    return std::nullopt;
}

std::string_view key_partitioner_name(KeyPartitioner partitioner) {
    switch (partitioner) {
        case KeyPartitioner::murmur2:
            return "murmur2";
        case KeyPartitioner::crc32:
            return "crc32";
        case KeyPartitioner::fnv1a:
            return "fnv1a";
    }
    return "murmur2";
}

std::int32_t key_partition(KeyPartitioner partitioner, std::string_view key,
                           std::int32_t partition_count) {
    // librdkafka's keyed partitioners read neither the topic handle nor the opaques.
    switch (partitioner) {
        case KeyPartitioner::murmur2:
            return java_partition(key, partition_count);
        case KeyPartitioner::crc32:
            return rd_kafka_msg_partitioner_consistent(nullptr, key.data(), key.size(),
                                                       partition_count, nullptr, nullptr);
        case KeyPartitioner::fnv1a:
            return rd_kafka_msg_partitioner_fnv1a(nullptr, key.data(), key.size(),
                                                  partition_count, nullptr, nullptr);
    }
    return java_partition(key, partition_count);
}

}  // namespace kfk
