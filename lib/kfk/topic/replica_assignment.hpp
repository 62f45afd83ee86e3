#pragma once
// kafka-topics' --replica-assignment syntax: partitions separated by ',', the broker
// ids of one partition's replicas by ':', the first being the preferred leader.
// "0:1:2,1:2:0" = partition 0 on brokers 0,1,2 and partition 1 on brokers 1,2,0.

#include <cstdint>
#include <string_view>
#include <vector>

namespace kfk {

using ReplicaAssignment = std::vector<std::vector<std::int32_t>>;

// Throws a usage Error naming the flag on malformed input: empty parts, non-numbers,
// a broker twice in one partition, partitions with different replica counts.
ReplicaAssignment parse_replica_assignment(std::string_view spec);

}  // namespace kfk
