#pragma once
// The results of the admin requests that change a group's offsets
// (AlterConsumerGroupOffsets, DeleteConsumerGroupOffsets) carry an error per group and
// one per partition: both are failures of the whole command.

#include <librdkafka/rdkafka.h>

#include <cstddef>
#include <string>

#include "kfk/client/admin.hpp"

namespace kfk {

// Throws the first error in `results`: the group's own (a timeout naming an unreachable
// cluster as such), else a partition's, naming "what on TOPIC[P]".
void throw_group_result_errors(const Admin& admin, const rd_kafka_group_result_t** results,
                               std::size_t count, const std::string& what);

}  // namespace kfk
