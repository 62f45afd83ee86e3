// The partitioners of consume --key and partitions key. Expected values were computed
// independently in Python: CRC-32 (zlib.crc32) modulo the partition count, and sarama's
// formula for FNV-1a (the 32-bit hash read as a signed int32, its absolute value modulo
// the count).

#include "kfk/client/key_partitioner.hpp"

#include <doctest/doctest.h>

#include "kfk/murmur2.hpp"

using kfk::KeyPartitioner;

TEST_CASE("crc32 places keys as librdkafka's default partitioner (CRC-32 modulo the count)") {
    CHECK(kfk::key_partition(KeyPartitioner::crc32, "abc", 1000) == 578);
    CHECK(kfk::key_partition(KeyPartitioner::crc32, "order-4711", 1000) == 23);
    CHECK(kfk::key_partition(KeyPartitioner::crc32, "order-4711", 12) == 7);
    CHECK(kfk::key_partition(KeyPartitioner::crc32, "a", 12) == 3);
}

TEST_CASE("fnv1a places keys as Go's sarama: |int32(FNV-1a)| modulo the count") {
    CHECK(kfk::key_partition(KeyPartitioner::fnv1a, "abc", 1000) == 331);         // positive hash
    CHECK(kfk::key_partition(KeyPartitioner::fnv1a, "order-4711", 1000) == 571);  // negative
    CHECK(kfk::key_partition(KeyPartitioner::fnv1a, "order-4711", 12) == 7);
    CHECK(kfk::key_partition(KeyPartitioner::fnv1a, "a", 12) == 0);
}

TEST_CASE("murmur2 is the Java client's partition") {
    for (const char* key : {"abc", "order-4711", "a"})
        CHECK(kfk::key_partition(KeyPartitioner::murmur2, key, 12) == kfk::java_partition(key, 12));
}

TEST_CASE("partitioner names read back, and other names are refused") {
    for (KeyPartitioner p : {KeyPartitioner::murmur2, KeyPartitioner::crc32, KeyPartitioner::fnv1a})
        CHECK(kfk::parse_key_partitioner(kfk::key_partitioner_name(p)) == p);
    CHECK_FALSE(kfk::parse_key_partitioner("consistent_random"));
    CHECK_FALSE(kfk::parse_key_partitioner(""));
}
