#pragma once
// `kfk partitions key`: the partition each key maps to, as a table or JSON.

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "kfk/client/key_partitioner.hpp"
#include "kfk/render/output_format.hpp"

namespace kfk {

struct KeyPartition {
    std::string key;
    std::int32_t partition = -1;
};

struct KeyPartitions {
    std::string topic;
    std::int32_t partition_count = 0;
    KeyPartitioner partitioner = KeyPartitioner::murmur2;
    std::vector<KeyPartition> keys;  // in the order given
};

// `partitioner`'s choice for each key of `keys`.
KeyPartitions map_keys(const std::string& topic, std::int32_t partition_count,
                       const std::vector<std::string>& keys, KeyPartitioner partitioner);

// Table: KEY PARTITION. JSON: {"topic", "partition_count", "partitioner",
// "keys": [{"key", "partition"}]}.
void render(const KeyPartitions& result, const RenderOptions& options, std::ostream& out);

}  // namespace kfk
