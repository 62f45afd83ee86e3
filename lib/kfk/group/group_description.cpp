#include "kfk/group/group_description.hpp"

namespace kfk {

namespace {

template <class V>
std::optional<V> find(const std::map<PartitionKey, V>& map, const PartitionKey& key) {
    const auto it = map.find(key);
    return it == map.end() ? std::nullopt : std::optional<V>(it->second);
}

}  // namespace

std::vector<PartitionLag> partition_rows(
    const std::map<PartitionKey, std::int64_t>& committed, const std::vector<GroupMember>& members,
    const std::map<PartitionKey, std::int64_t>& high_watermarks) {
    std::map<PartitionKey, PartitionLag> rows;
    auto row = [&rows](const PartitionKey& key) -> PartitionLag& {
        PartitionLag& r = rows[key];
        r.topic = key.first;
        r.partition = key.second;
        return r;
    };
    for (const auto& [key, offset] : committed) row(key).committed = offset;
    for (const GroupMember& m : members) {
        for (const PartitionKey& key : m.assignment) {
            PartitionLag& r = row(key);
            r.member_id = m.member_id;
            r.client_id = m.client_id;
        }
    }
    std::vector<PartitionLag> out;
    for (auto& [key, r] : rows) {
        r.high = find(high_watermarks, key);
        r.lag = lag_between(r.committed, r.high);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace kfk
