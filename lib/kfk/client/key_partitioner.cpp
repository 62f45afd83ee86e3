#include "kfk/client/key_partitioner.hpp"

#include <librdkafka/rdkafka.h>

#include "kfk/enum_names.hpp"
#include "kfk/murmur2.hpp"

namespace kfk {

namespace {

constexpr EnumNames<KeyPartitioner, 3> partitioner_names{{
    {KeyPartitioner::murmur2, "murmur2"},
    {KeyPartitioner::crc32, "crc32"},
    {KeyPartitioner::fnv1a, "fnv1a"},
}};

}  // namespace

std::optional<KeyPartitioner> parse_key_partitioner(std::string_view name) {
    return value_named(partitioner_names, name);
}

std::string_view key_partitioner_name(KeyPartitioner partitioner) {
    return name_of(partitioner_names, partitioner);
}

std::vector<std::string> key_partitioner_names() {
    std::vector<std::string> names;
    for (const auto& entry : partitioner_names) names.emplace_back(entry.second);
    return names;
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
            return rd_kafka_msg_partitioner_fnv1a(nullptr, key.data(), key.size(), partition_count,
                                                  nullptr, nullptr);
    }
    return java_partition(key, partition_count);
}

}  // namespace kfk
