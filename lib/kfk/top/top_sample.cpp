#include "kfk/top/top_sample.hpp"

#include <algorithm>

#include "kfk/client/admin.hpp"
#include "kfk/client/message_peek.hpp"
#include "kfk/error.hpp"
#include "kfk/group/group_admin.hpp"
#include "kfk/topic/topic_description.hpp"

namespace kfk {

namespace {

bool wanted(const std::vector<std::string>& names, const std::string& name) {
    return names.empty() || std::find(names.begin(), names.end(), name) != names.end();
}

// The partition of each topic that grew most since `previous`, at its newest message.
std::map<std::pair<std::string, std::int32_t>, std::int64_t> newest_of_busiest(
    const TopSample& now, const TopSample& previous) {
    std::map<std::pair<std::string, std::int32_t>, std::int64_t> offsets;
    for (const auto& [topic, partitions] : now.highs) {
        auto before = previous.highs.find(topic);
        if (before == previous.highs.end()) continue;
        std::int64_t best = 0;
        for (const auto& [partition, high] : partitions) {
            auto old = before->second.find(partition);
            if (old == before->second.end()) continue;
            if (high - old->second > best) {
                best = high - old->second;
                offsets.erase(offsets.lower_bound({topic, 0}),
                              offsets.upper_bound({topic, 1 << 30}));
                offsets[{topic, partition}] = high - 1;
            }
        }
    }
    return offsets;
}

}  // namespace

TopSample take_sample(const ClientConfig& config, const TopSelection& selection,
                      const TopSample* previous) {
    Admin admin(config);
    TopSample sample;
    sample.at = std::chrono::steady_clock::now();
    sample.epoch_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();

    const ClusterMetadata md = admin.metadata();
    std::vector<TopicDescription> topics;
    for (const TopicMetadata& t : md.topics) {
        if (selection.topics.empty() ? t.name.starts_with("__") : !wanted(selection.topics, t.name))
            continue;
        topics.push_back(describe_topic(t, md));
    }
    for (const std::string& name : selection.topics) {
        if (std::none_of(topics.begin(), topics.end(),
                         [&](const TopicDescription& t) { return t.name == name; }))
            throw Error(ExitCode::not_found, "top " + name, "topic does not exist");
    }
    admin.fill_watermarks(topics);
    for (const TopicDescription& t : topics) {
        auto& highs = sample.highs[t.name];
        for (const PartitionDescription& p : t.partitions) {
            if (p.high) highs[p.id] = *p.high;
        }
    }

    GroupAdmin groups(admin);
    std::vector<std::string> names = selection.groups;
    if (names.empty()) {
        for (const GroupSummary& g : groups.list()) {
            if (g.lag) names.push_back(g.name);  // only groups that committed offsets
        }
    }
    if (!names.empty()) {
        std::vector<std::string> shown;
        for (const auto& [topic, partitions] : sample.highs) shown.push_back(topic);
        sample.groups =
            groups.lag(names, selection.topics.empty() ? std::vector<std::string>{} : shown);
        // With topics named, a group found by listing is shown only if it reads them; a
        // group named with -g is shown in any case.
        if (!selection.topics.empty() && selection.groups.empty()) {
            std::erase_if(sample.groups, [](const GroupLag& g) { return g.topics.empty(); });
        }
    }

    if (previous) {
        // Sizes last seen stay until a newer message replaces them.
        sample.message_bytes = previous->message_bytes;
        const PeekResult peeked =
            peek_messages(admin.config(), newest_of_busiest(sample, *previous), admin.deadline());
        for (const auto& [key, message] : peeked.messages)
            sample.message_bytes[key.first] = message.bytes;
    }
    return sample;
}

}  // namespace kfk
