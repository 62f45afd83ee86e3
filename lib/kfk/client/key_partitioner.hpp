#pragma once
// Where a producer puts a keyed message, for the partitioners producers use:
//   murmur2  the Java client's default, kfk produce's, librdkafka's murmur2(_random)
//   crc32    librdkafka's default (consistent_random, and consistent): kcat, the
//            confluent-kafka clients for Python, Go, .NET
//   fnv1a    librdkafka's fnv1a(_random), the Go client sarama's default
// crc32 and fnv1a come from librdkafka's own partitioner functions, so kfk agrees with
// the clients built on it byte for byte.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kfk {

enum class KeyPartitioner { murmur2, crc32, fnv1a };

// "murmur2" -> KeyPartitioner::murmur2 ...; nullopt for another name.
std::optional<KeyPartitioner> parse_key_partitioner(std::string_view name);
std::string_view key_partitioner_name(KeyPartitioner partitioner);
// Every name parse_key_partitioner takes, murmur2 (the default) first.
std::vector<std::string> key_partitioner_names();

// The partition `partitioner` picks for a non-empty `key` among `partition_count`.
std::int32_t key_partition(KeyPartitioner partitioner, std::string_view key,
                           std::int32_t partition_count);

}  // namespace kfk
