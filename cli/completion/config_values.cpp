#include "completion/config_values.hpp"

namespace kfk::cli {

namespace {

struct KeyValues {
    std::string_view key;
    std::span<const std::string_view> values;
};

// As Kafka's TopicConfig documents them (3.x and 4.x).
constexpr std::string_view cleanup_policies[] = {"delete", "compact", "delete,compact"};
constexpr std::string_view compression_types[] = {"producer", "uncompressed", "gzip",
                                                  "snappy",   "lz4",          "zstd"};
constexpr std::string_view timestamp_types[] = {"CreateTime", "LogAppendTime"};
constexpr std::string_view booleans[] = {"true", "false"};

constexpr KeyValues table[] = {
    {"cleanup.policy", cleanup_policies},
    {"compression.type", compression_types},
    {"message.timestamp.type", timestamp_types},
    {"message.downconversion.enable", booleans},
    {"preallocate", booleans},
    {"unclean.leader.election.enable", booleans},
};

}  // namespace

std::span<const std::string_view> config_value_words(std::string_view key) {
    for (const KeyValues& entry : table) {
        if (entry.key == key) return entry.values;
    }
    return {};
}

}  // namespace kfk::cli
