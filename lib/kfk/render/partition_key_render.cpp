#include "kfk/render/partition_key_render.hpp"

#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

KeyPartitions map_keys(const std::string& topic, std::int32_t partition_count,
                       const std::vector<std::string>& keys, KeyPartitioner partitioner) {
    KeyPartitions result{topic, partition_count, partitioner, {}};
    for (const std::string& key : keys)
        result.keys.push_back({key, key_partition(partitioner, key, partition_count)});
    return result;
}

void render(const KeyPartitions& result, const RenderOptions& options, std::ostream& out) {
    if (options.format == OutputFormat::json) {
        nlohmann::ordered_json keys = nlohmann::ordered_json::array();
        for (const KeyPartition& k : result.keys)
            keys.push_back({{"key", k.key}, {"partition", k.partition}});
        write_json(out, {{"topic", result.topic},
                         {"partition_count", result.partition_count},
                         {"partitioner", key_partitioner_name(result.partitioner)},
                         {"keys", std::move(keys)}});
        return;
    }
    Table table({{"KEY"}, {"PARTITION", Align::right}});
    for (const KeyPartition& k : result.keys) table.add_row({k.key, std::to_string(k.partition)});
    table.print(out, options);
}

}  // namespace kfk
