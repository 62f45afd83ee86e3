#pragma once
// The Java client's key partitioner: Utils.murmur2 (MurmurHash2, seed 0x9747b28c) and
// `toPositive(murmur2(key)) % partitions`. kfk produces through librdkafka's
// `murmur2_random` partitioner, which is the same function; this copy answers
// `kfk partitions key` without producing, and lets tests prove the two agree.

#include <cstdint>
#include <string_view>

namespace kfk {

// Java's Utils.murmur2(byte[]), as an unsigned 32-bit value (Java prints it signed).
std::uint32_t murmur2(std::string_view bytes);

// The partition Java's default partitioner picks for a non-null key.
std::int32_t java_partition(std::string_view key, std::int32_t partition_count);

}  // namespace kfk
