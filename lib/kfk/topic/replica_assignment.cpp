#include "kfk/topic/replica_assignment.hpp"

#include <algorithm>
#include <charconv>
#include <string>

#include "kfk/error.hpp"

namespace kfk {

namespace {

constexpr std::string_view flag = "--replica-assignment";

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

[[noreturn]] void bad(std::string_view spec, const std::string& why) {
    throw_usage(std::string(flag), why + " in '" + std::string(spec) + "'",
                "expected e.g. 1:2:3,2:3:1 (brokers of each partition, ',' between partitions)");
}

}  // namespace

ReplicaAssignment parse_replica_assignment(std::string_view spec) {
    ReplicaAssignment assignment;
    for (std::string_view partition : split(spec, ',')) {
        std::vector<std::int32_t> replicas;
        for (std::string_view broker : split(partition, ':')) {
            std::int32_t id = -1;
            const auto [end, ec] =
                std::from_chars(broker.data(), broker.data() + broker.size(), id);
            if (broker.empty() || ec != std::errc() || end != broker.data() + broker.size() ||
                id < 0) {
                bad(spec, "'" + std::string(broker) + "' is not a broker id");
            }
            if (std::find(replicas.begin(), replicas.end(), id) != replicas.end()) {
                bad(spec, "broker " + std::to_string(id) + " twice in partition " +
                              std::to_string(assignment.size()));
            }
            replicas.push_back(id);
        }
        if (!assignment.empty() && replicas.size() != assignment.front().size()) {
            bad(spec, "partition " + std::to_string(assignment.size()) + " has " +
                          std::to_string(replicas.size()) + " replicas, partition 0 has " +
                          std::to_string(assignment.front().size()));
        }
        assignment.push_back(std::move(replicas));
    }
    return assignment;
}

}  // namespace kfk
