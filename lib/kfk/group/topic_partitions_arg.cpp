#include "kfk/group/topic_partitions_arg.hpp"

#include <algorithm>
#include <charconv>

#include "kfk/error.hpp"
#include "kfk/topic/topic_name.hpp"

namespace kfk {

TopicPartitions parse_topic_partitions(std::string_view text, std::string_view flag) {
    // Topic names cannot contain ':', so a colon starts the partitions.
    const std::size_t colon = text.find(':');
    TopicPartitions result{std::string(text.substr(0, colon)), {}};
    if (const auto why = topic_name_problem(result.topic)) {
        throw_usage(std::string(flag), "invalid topic name '" + result.topic + "': " + *why);
    }
    if (colon == std::string_view::npos) return result;
    std::string_view rest = text.substr(colon + 1);
    for (;;) {
        const std::string_view item = rest.substr(0, rest.find(','));
        std::int32_t partition = -1;
        const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), partition);
        if (item.empty() || ec != std::errc() || end != item.data() + item.size() ||
            partition < 0) {
            throw_usage(std::string(flag),
                        "'" + std::string(item) + "' in '" + std::string(text) +
                            "' is not a partition number",
                        "TOPIC or TOPIC:P,P,...");
        }
        if (std::find(result.partitions.begin(), result.partitions.end(), partition) ==
            result.partitions.end()) {
            result.partitions.push_back(partition);
        }
        if (item.size() == rest.size()) break;
        rest.remove_prefix(item.size() + 1);
    }
    return result;
}

}  // namespace kfk
