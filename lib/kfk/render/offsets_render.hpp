#pragma once
// `kfk offsets`: one row per partition, as a table or JSON.

#include <ostream>
#include <vector>

#include "kfk/render/output_format.hpp"
#include "kfk/topic/partition_offsets.hpp"

namespace kfk {

// Table: TOPIC PARTITION OFFSET (an ERROR column only when a partition failed).
// JSON: [{"topic", "partition", "offset"}] with "offset": null and an "error" where one
// failed.
void render(const std::vector<PartitionOffset>& rows, const RenderOptions& options,
            std::ostream& out);

}  // namespace kfk
