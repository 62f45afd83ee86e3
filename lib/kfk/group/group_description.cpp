#include "kfk/group/group_description.hpp"

#include "kfk/error.hpp"
#include "kfk/group/group_state.hpp"

namespace kfk {

namespace {

template <class V>
std::optional<V> find(const std::map<PartitionKey, V>& map, const PartitionKey& key) {
    const auto it = map.find(key);
    return it == map.end() ? std::nullopt : std::optional<V>(it->second);
}

}  // namespace

void require_known(const std::vector<GroupDescription>& described, const std::string& what) {
    std::string names;
    int missing = 0;
    for (const GroupDescription& d : described) {
        if (group_exists(d.state)) continue;
        names += (names.empty() ? "" : ", ") + d.name;
        ++missing;
    }
    if (missing == 0) return;
    throw Error(ExitCode::not_found, what,
                (missing == 1 ? "no such group: " : "no such groups: ") + names,
                "'kfk group list' shows the groups");
}

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
