// GroupAdmin: the read side (list, describe, lag) and the offset queries it needs.

#include "kfk/group/group_admin.hpp"

#include <algorithm>
#include <set>

#include "kfk/client/admin_request.hpp"
#include "kfk/client/coordinator_retry.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/offset_lookup.hpp"
#include "kfk/client/owned.hpp"
#include "kfk/client/unreachable.hpp"
#include "kfk/duration.hpp"
#include "kfk/group/data_loss.hpp"
#include "kfk/group/group_state.hpp"
#include "kfk/group/lag_time.hpp"

namespace kfk {

namespace {

std::string or_empty(const char* text) { return text ? text : ""; }

// The partitions in `offsets` whose topic is in `topics` (all when `topics` is empty).
std::map<PartitionKey, std::int64_t> only_topics(std::map<PartitionKey, std::int64_t> offsets,
                                                 const std::vector<std::string>& topics) {
    if (topics.empty()) return offsets;
    std::erase_if(offsets, [&](const auto& entry) {
        return std::find(topics.begin(), topics.end(), entry.first.first) == topics.end();
    });
    return offsets;
}

template <class Map>
std::vector<PartitionKey> keys_of(const Map& map) {
    std::vector<PartitionKey> keys;
    for (const auto& entry : map) keys.push_back(entry.first);
    return keys;
}

}  // namespace

std::vector<GroupSummary> GroupAdmin::list(bool lag_time) {
    // rd_kafka_list_groups blocks until its timeout and does not see a failed login
    // (only the error callback does): connect and check first.
    admin_.brokers();
    const rd_kafka_group_list* raw = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_list_groups(
        admin_.handle(), nullptr, &raw, std::max(1, admin_.deadline().remaining_ms()));
    GroupListPtr list(raw);
    if (err == RD_KAFKA_RESP_ERR__PARTIAL) {
        // A list missing the groups of one coordinator would mislead a script.
        throw Error(
            ExitCode::timeout, "list groups",
            "not every broker answered within " + format_duration(admin_.deadline().budget()),
            "raise --timeout, or check 'kfk cluster describe'");
    }
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        throw_if_unreachable(admin_.handle(), err, admin_.deadline().budget());
        throw kafka_error("list groups", err);
    }

    std::vector<GroupSummary> groups;
    std::vector<std::string> names;
    for (int i = 0; i < list->group_cnt; ++i) {
        const rd_kafka_group_info& g = list->groups[i];
        groups.push_back({or_empty(g.group), or_empty(g.state), or_empty(g.protocol_type),
                          or_empty(g.protocol), g.member_cnt, std::nullopt, std::nullopt});
        names.push_back(groups.back().name);
    }
    std::sort(groups.begin(), groups.end(),
              [](const GroupSummary& a, const GroupSummary& b) { return a.name < b.name; });

    const auto committed = committed_offsets(names);
    std::set<PartitionKey> all;
    for (const auto& [group, offsets] : committed) {
        for (const auto& entry : offsets) all.insert(entry.first);
    }
    const Offsets highs = list_offsets({all.begin(), all.end()}, latest_offset_query);
    std::map<std::string, std::vector<PartitionLag>> rows;
    std::vector<PartitionLag*> all_rows;
    for (GroupSummary& g : groups) {
        const Offsets& offsets = committed.at(g.name);
        if (offsets.empty()) continue;
        rows[g.name] = partition_rows(offsets, {}, highs);
        g.lag = total_lag(rows[g.name]);
        for (PartitionLag& p : rows[g.name]) all_rows.push_back(&p);
    }
    if (!lag_time) return groups;
    add_time_and_loss(all_rows, false, std::nullopt);
    for (GroupSummary& g : groups) {
        if (rows.contains(g.name)) g.max_lag_ms = max_lag_ms(rows[g.name]);
    }
    return groups;
}

std::vector<GroupDescription> GroupAdmin::describe(
    const std::vector<std::string>& groups, std::optional<std::chrono::milliseconds> risk_below) {
    std::vector<GroupDescription> described = describe_members(groups);
    require_known(described, "describe groups");

    const auto committed = committed_offsets(groups);
    std::set<PartitionKey> all;
    for (const GroupDescription& d : described) {
        for (const auto& entry : committed.at(d.name)) all.insert(entry.first);
        for (const GroupMember& m : d.members) all.insert(m.assignment.begin(), m.assignment.end());
    }
    const Offsets highs = list_offsets({all.begin(), all.end()}, latest_offset_query);
    std::vector<PartitionLag*> rows;
    for (GroupDescription& d : described) {
        d.partitions = partition_rows(committed.at(d.name), d.members, highs);
        d.total_lag = total_lag(d.partitions);
        for (PartitionLag& p : d.partitions) rows.push_back(&p);
    }
    add_time_and_loss(rows, true, risk_below);
    for (GroupDescription& d : described) d.max_lag_ms = max_lag_ms(d.partitions);
    return described;
}

std::vector<GroupLag> GroupAdmin::lag(const std::vector<std::string>& groups,
                                      const std::vector<std::string>& topics,
                                      std::optional<std::chrono::milliseconds> risk_below) {
    const std::vector<GroupDescription> described = describe_members(groups);
    require_known(described, "read committed offsets");

    std::map<std::string, Offsets> committed = committed_offsets(groups);
    std::set<PartitionKey> all;
    for (auto& [group, offsets] : committed) {
        offsets = only_topics(std::move(offsets), topics);
        for (const auto& entry : offsets) all.insert(entry.first);
    }
    const Offsets highs = list_offsets({all.begin(), all.end()}, latest_offset_query);
    std::map<std::string, std::vector<PartitionLag>> rows;
    std::vector<PartitionLag*> all_rows;
    for (const GroupDescription& d : described) {
        rows[d.name] = partition_rows(committed.at(d.name), {}, highs);
        for (PartitionLag& p : rows[d.name]) all_rows.push_back(&p);
    }
    add_time_and_loss(all_rows, true, risk_below);
    std::vector<GroupLag> lags;
    for (const GroupDescription& d : described)
        lags.push_back(group_lag(d.name, d.state, std::move(rows[d.name])));
    return lags;
}

void GroupAdmin::add_time_and_loss(const std::vector<PartitionLag*>& rows, bool loss,
                                   std::optional<std::chrono::milliseconds> risk_below) {
    std::vector<PartitionKey> committed;
    for (const PartitionLag* p : rows) {
        if (p->committed) committed.emplace_back(p->topic, p->partition);
    }
    const Offsets lows = list_offsets(committed, earliest_offset_query);
    for (PartitionLag* p : rows) {
        if (auto it = lows.find({p->topic, p->partition}); it != lows.end()) p->low = it->second;
    }
    fill_lag_times(admin_.config(), rows, admin_.deadline());
    if (!loss) return;
    // Retention matters only where something is unread.
    std::set<std::string> unread;
    for (const PartitionLag* p : rows) {
        if (p->lag.value_or(0) > 0) unread.insert(p->topic);
    }
    std::map<std::string, std::vector<ConfigEntry>> configs;
    if (!unread.empty()) configs = admin_.topic_configs({unread.begin(), unread.end()});
    for (PartitionLag* p : rows) {
        auto it = configs.find(p->topic);
        assess_loss(*p, it == configs.end() ? std::nullopt : time_retention_ms(it->second),
                    risk_below);
    }
}

std::vector<GroupDescription> GroupAdmin::describe_members(const std::vector<std::string>& groups) {
    std::vector<const char*> names;
    for (const std::string& g : groups) names.push_back(g.c_str());
    EventPtr event;
    std::size_t count = 0;
    const rd_kafka_ConsumerGroupDescription_t** results = nullptr;
    for (RetryPause pause;;) {
        AdminCall call(admin_.handle());
        auto options = make_admin_options(admin_.handle(), RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS,
                                          admin_.deadline());
        rd_kafka_DescribeConsumerGroups(admin_.handle(), names.data(), names.size(), options.get(),
                                        call.queue());
        event = call.wait(RD_KAFKA_EVENT_DESCRIBECONSUMERGROUPS_RESULT, admin_.deadline(),
                          "describe groups", true);
        results = rd_kafka_DescribeConsumerGroups_result_groups(
            rd_kafka_event_DescribeConsumerGroups_result(event.get()), &count);
        const rd_kafka_resp_err_t err = rd_kafka_event_error(event.get());
        const bool not_ready =
            err || std::any_of(results, results + count, [](const auto* g) {
                const rd_kafka_error_t* error = rd_kafka_ConsumerGroupDescription_error(g);
                return error && coordinator_not_ready(rd_kafka_error_code(error));
            });
        if (!not_ready) break;
        if (!pause.wait(admin_.deadline())) {
            if (err)
                throw kafka_error("describe groups", err, rd_kafka_event_error_string(event.get()));
            break;  // the loop below reports the group's error
        }
    }
    std::map<std::string, GroupDescription> by_name;
    for (std::size_t i = 0; i < count; ++i) {
        const rd_kafka_ConsumerGroupDescription_t* g = results[i];
        const std::string name = rd_kafka_ConsumerGroupDescription_group_id(g);
        if (const rd_kafka_error_t* error = rd_kafka_ConsumerGroupDescription_error(g)) {
            throw_if_unreachable(admin_.handle(), rd_kafka_error_code(error),
                                 admin_.deadline().budget());
            throw kafka_error("describe group " + name, rd_kafka_error_code(error),
                              rd_kafka_error_string(error));
        }
        GroupDescription d;
        d.name = name;
        d.state = rd_kafka_consumer_group_state_name(rd_kafka_ConsumerGroupDescription_state(g));
        d.protocol = or_empty(rd_kafka_ConsumerGroupDescription_partition_assignor(g));
        if (const rd_kafka_Node_t* node = rd_kafka_ConsumerGroupDescription_coordinator(g)) {
            d.coordinator =
                GroupCoordinator{rd_kafka_Node_id(node), or_empty(rd_kafka_Node_host(node)),
                                 rd_kafka_Node_port(node)};
        }
        for (std::size_t m = 0; m < rd_kafka_ConsumerGroupDescription_member_count(g); ++m) {
            const rd_kafka_MemberDescription_t* member =
                rd_kafka_ConsumerGroupDescription_member(g, m);
            GroupMember gm{or_empty(rd_kafka_MemberDescription_consumer_id(member)),
                           or_empty(rd_kafka_MemberDescription_client_id(member)),
                           or_empty(rd_kafka_MemberDescription_host(member)),
                           {}};
            const rd_kafka_MemberAssignment_t* assignment =
                rd_kafka_MemberDescription_assignment(member);
            const rd_kafka_topic_partition_list_t* parts =
                assignment ? rd_kafka_MemberAssignment_partitions(assignment) : nullptr;
            for (int p = 0; parts && p < parts->cnt; ++p) {
                gm.assignment.emplace_back(parts->elems[p].topic, parts->elems[p].partition);
            }
            std::sort(gm.assignment.begin(), gm.assignment.end());
            d.members.push_back(std::move(gm));
        }
        std::sort(
            d.members.begin(), d.members.end(),
            [](const GroupMember& a, const GroupMember& b) { return a.member_id < b.member_id; });
        by_name[name] = std::move(d);
    }
    std::vector<GroupDescription> ordered;
    for (const std::string& g : groups) {
        auto it = by_name.find(g);
        if (it == by_name.end())
            throw Error(ExitCode::kafka_error, "describe group " + g,
                        "the broker sent no answer for it");
        ordered.push_back(it->second);
    }
    return ordered;
}

std::map<std::string, GroupAdmin::Offsets> GroupAdmin::committed_offsets(
    const std::vector<std::string>& groups) {
    std::map<std::string, Offsets> result;
    std::set<std::string> pending(groups.begin(), groups.end());
    for (RetryPause pause; !pending.empty();) {
        const std::optional<Error> not_ready = committed_offsets_round(pending, result);
        if (!pending.empty() && !pause.wait(admin_.deadline())) throw *not_ready;
    }
    return result;
}

std::optional<Error> GroupAdmin::committed_offsets_round(std::set<std::string>& pending,
                                                         std::map<std::string, Offsets>& result) {
    // librdkafka takes one group per request; all go out at once, each on its own queue
    // so that a request-level error still names its group.
    std::vector<std::pair<std::string, AdminCall>> calls;
    for (const std::string& group : pending) {
        const AdminCall& call = calls.emplace_back(group, AdminCall(admin_.handle())).second;
        ListGroupOffsetsPtr request(rd_kafka_ListConsumerGroupOffsets_new(group.c_str(), nullptr));
        rd_kafka_ListConsumerGroupOffsets_t* raw = request.get();
        auto options = make_admin_options(
            admin_.handle(), RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS, admin_.deadline());
        rd_kafka_ListConsumerGroupOffsets(admin_.handle(), &raw, 1, options.get(), call.queue());
    }
    std::optional<Error> not_ready;
    for (const auto& [group, call] : calls) {
        const std::string what = "list committed offsets of group " + group;
        EventPtr event = call.wait(RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT,
                                   admin_.deadline(), what, true);
        rd_kafka_resp_err_t err = rd_kafka_event_error(event.get());
        std::string why = err ? rd_kafka_event_error_string(event.get()) : "";
        std::size_t count = 0;
        const rd_kafka_group_result_t** answers = rd_kafka_ListConsumerGroupOffsets_result_groups(
            rd_kafka_event_ListConsumerGroupOffsets_result(event.get()), &count);
        if (!err && count == 1) {
            if (const rd_kafka_error_t* error = rd_kafka_group_result_error(answers[0])) {
                err = rd_kafka_error_code(error);
                why = rd_kafka_error_string(error);
            }
        }
        if (err) {
            if (!coordinator_not_ready(err)) {
                throw_if_unreachable(admin_.handle(), err, admin_.deadline().budget());
                throw kafka_error(what, err, why);
            }
            not_ready = kafka_error(what, err, why);  // stays pending: asked again
            continue;
        }
        if (count != 1)
            throw Error(ExitCode::kafka_error, what, "the broker sent no answer for it");
        Offsets& offsets = result[group];
        const rd_kafka_topic_partition_list_t* parts = rd_kafka_group_result_partitions(answers[0]);
        for (int p = 0; parts && p < parts->cnt; ++p) {
            const rd_kafka_topic_partition_t& tp = parts->elems[p];
            // A negative offset (-1001) means no offset is committed there.
            if (tp.err == RD_KAFKA_RESP_ERR_NO_ERROR && tp.offset >= 0)
                offsets[{tp.topic, tp.partition}] = tp.offset;
        }
        pending.erase(group);
    }
    return not_ready;
}

GroupAdmin::Offsets GroupAdmin::list_offsets(const std::vector<PartitionKey>& partitions,
                                             std::int64_t query) {
    Offsets answer;
    if (partitions.empty()) return answer;
    // Only partitions that exist and have a leader: asking for a deleted topic's
    // partition would wait for its leader until the deadline.
    const std::set<PartitionKey> serving = partitions_with_leader(metadata());
    TopicPartitionListPtr list(
        rd_kafka_topic_partition_list_new(static_cast<int>(partitions.size())));
    for (const PartitionKey& key : partitions) {
        if (serving.contains(key))
            rd_kafka_topic_partition_list_add(list.get(), key.first.c_str(), key.second);
    }
    lookup_current_offsets(admin_, list.get(), query, "list partition offsets");
    for (int i = 0; i < list->cnt; ++i) {
        const rd_kafka_topic_partition_t& tp = list->elems[i];
        if (tp.err == RD_KAFKA_RESP_ERR_NO_ERROR && tp.offset >= 0)
            answer[{tp.topic, tp.partition}] = tp.offset;
    }
    return answer;
}

const ClusterMetadata& GroupAdmin::metadata() {
    if (!metadata_) metadata_ = admin_.metadata();
    return *metadata_;
}

}  // namespace kfk
