#include "kfk/group/group_offsets.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "kfk/error.hpp"

namespace kfk {

namespace {

void sort_by_partition(std::vector<CommittedOffset>& offsets) {
    std::sort(offsets.begin(), offsets.end(),
              [](const CommittedOffset& a, const CommittedOffset& b) {
                  return std::tie(a.topic, a.partition) < std::tie(b.topic, b.partition);
              });
}

}  // namespace

GroupOffsets group_offsets(const GroupLag& lag) {
    GroupOffsets out{lag.group, {}};
    for (const TopicLag& t : lag.topics) {
        for (const PartitionLag& p : t.partitions) {
            if (p.committed) out.offsets.push_back({t.topic, p.partition, *p.committed});
        }
    }
    sort_by_partition(out.offsets);
    return out;
}

GroupOffsets parse_group_offsets(std::string_view text, const std::string& source) {
    const std::string what = "read offsets from " + source;
    const char* shape = R"(expected {"offsets": [{"topic": T, "partition": P, "offset": N}, ...]})";
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw_usage(what, "not JSON (" + std::string(e.what()) + ")", shape);
    }
    if (!j.is_object() || !j.contains("offsets") || !j["offsets"].is_array())
        throw_usage(what, "no \"offsets\" array", shape);
    GroupOffsets out;
    if (j.contains("group") && j["group"].is_string()) out.group = j["group"].get<std::string>();
    std::set<PartitionKey> seen;
    for (const nlohmann::json& entry : j["offsets"]) {
        const bool ok = entry.is_object() && entry.contains("topic") &&
                        entry["topic"].is_string() && entry.contains("partition") &&
                        entry["partition"].is_number_integer() && entry.contains("offset") &&
                        entry["offset"].is_number_integer();
        if (!ok)
            throw_usage(what, "an entry is not {topic, partition, offset}: " + entry.dump(), shape);
        CommittedOffset o{entry["topic"].get<std::string>(), entry["partition"].get<std::int32_t>(),
                          entry["offset"].get<std::int64_t>()};
        const std::string where = o.topic + "[" + std::to_string(o.partition) + "]";
        if (o.partition < 0 || o.offset < 0)
            throw_usage(what, "a negative partition or offset at " + where);
        if (!seen.insert({o.topic, o.partition}).second)
            throw_usage(what, where + " appears twice");
        out.offsets.push_back(std::move(o));
    }
    if (out.offsets.empty()) throw_usage(what, "the file lists no offsets");
    sort_by_partition(out.offsets);
    return out;
}

}  // namespace kfk
