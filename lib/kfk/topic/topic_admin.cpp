// Admin: topic creation and deletion, partition increases, and the wait until every
// broker sees the change (Kafka applies them asynchronously).

#include <algorithm>
#include <array>
#include <chrono>
#include <set>
#include <thread>

#include "kfk/client/admin.hpp"
#include "kfk/client/admin_request.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/metadata_fetch.hpp"

namespace kfk {

namespace {

template <class T, class D>
std::vector<T*> raw_pointers(const std::vector<std::unique_ptr<T, D>>& owned) {
    std::vector<T*> raw;
    for (const auto& p : owned) raw.push_back(p.get());
    return raw;
}

NewTopicPtr make_new_topic(const NewTopic& spec) {
    std::array<char, 512> why{};
    const bool assigned = !spec.assignment.empty();
    NewTopicPtr topic(rd_kafka_NewTopic_new(
        spec.name.c_str(), assigned ? static_cast<int>(spec.assignment.size()) : spec.partitions,
        assigned ? -1 : spec.replication_factor, why.data(), why.size()));
    if (!topic) throw_usage("create topic " + spec.name, why.data());
    for (std::size_t p = 0; p < spec.assignment.size(); ++p) {
        const auto& replicas = spec.assignment[p];
        if (rd_kafka_NewTopic_set_replica_assignment(
                topic.get(), static_cast<int>(p), const_cast<std::int32_t*>(replicas.data()),
                replicas.size(), why.data(), why.size()) != RD_KAFKA_RESP_ERR_NO_ERROR) {
            throw_usage("create topic " + spec.name, why.data());
        }
    }
    for (const Property& c : spec.configs) {
        rd_kafka_NewTopic_set_config(topic.get(), c.key.c_str(), c.value.c_str());
    }
    return topic;
}

// The per-topic outcome of a CreateTopics/DeleteTopics/CreatePartitions result.
ItemResult item_result(const rd_kafka_topic_result_t* result, const std::string& done_status) {
    ItemResult item;
    item.name = rd_kafka_topic_result_name(result);
    const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(result);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        item.status = done_status;
        return item;
    }
    item.status = err == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS ? "exists" : "failed";
    if (err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) item.status = "missing";
    item.code = exit_code_for(err);
    const char* message = rd_kafka_topic_result_error_string(result);
    item.message = message && *message ? message : rd_kafka_err2str(err);
    return item;
}

const TopicMetadata* find_topic(const ClusterMetadata& md, const std::string& name) {
    auto it = std::find_if(md.topics.begin(), md.topics.end(),
                           [&](const TopicMetadata& t) { return t.name == name; });
    return it == md.topics.end() ? nullptr : &*it;
}

// Present with at least `partitions` partitions, each with a leader.
bool serving(const ClusterMetadata& md, const std::string& name, std::size_t partitions = 1) {
    const TopicMetadata* topic = find_topic(md, name);
    return topic != nullptr && topic->partitions.size() >= partitions &&
           std::all_of(topic->partitions.begin(), topic->partitions.end(),
                       [](const PartitionMetadata& p) { return p.leader >= 0; });
}

}  // namespace

std::vector<ItemResult> Admin::create_topics(const std::vector<NewTopic>& topics, bool dry_run) {
    std::vector<NewTopicPtr> owned;
    for (const NewTopic& spec : topics) owned.push_back(make_new_topic(spec));
    auto raw = raw_pointers(owned);

    AdminCall call(handle_.get());
    auto options =
        make_admin_options(handle_.get(), RD_KAFKA_ADMIN_OP_CREATETOPICS, deadline_, dry_run);
    rd_kafka_CreateTopics(handle_.get(), raw.data(), raw.size(), options.get(), call.queue());
    EventPtr event = call.wait(RD_KAFKA_EVENT_CREATETOPICS_RESULT, deadline_, "create topics");

    std::size_t count = 0;
    const rd_kafka_topic_result_t** results = rd_kafka_CreateTopics_result_topics(
        rd_kafka_event_CreateTopics_result(event.get()), &count);
    std::vector<ItemResult> items;
    std::vector<std::string> created;
    for (std::size_t i = 0; i < count; ++i) {
        items.push_back(item_result(results[i], dry_run ? "would create" : "created"));
        if (!dry_run && items.back().code == ExitCode::ok) created.push_back(items.back().name);
    }
    const auto is_serving = [](const ClusterMetadata& md, const std::string& name) {
        return serving(md, name);
    };
    for (const std::string& late : wait_on_every_broker(created, is_serving)) {
        for (ItemResult& item : items) {
            if (item.name == late) {
                item.code = ExitCode::timeout;
                item.status = "failed";
                item.message = "created, but not yet visible on every broker within the timeout";
            }
        }
    }
    return items;
}

std::vector<ItemResult> Admin::delete_topics(const std::vector<std::string>& names) {
    std::vector<DeleteTopicPtr> owned;
    for (const std::string& name : names)
        owned.emplace_back(rd_kafka_DeleteTopic_new(name.c_str()));
    auto raw = raw_pointers(owned);

    AdminCall call(handle_.get());
    auto options = make_admin_options(handle_.get(), RD_KAFKA_ADMIN_OP_DELETETOPICS, deadline_);
    rd_kafka_DeleteTopics(handle_.get(), raw.data(), raw.size(), options.get(), call.queue());
    EventPtr event = call.wait(RD_KAFKA_EVENT_DELETETOPICS_RESULT, deadline_, "delete topics");

    std::size_t count = 0;
    const rd_kafka_topic_result_t** results = rd_kafka_DeleteTopics_result_topics(
        rd_kafka_event_DeleteTopics_result(event.get()), &count);
    std::vector<ItemResult> items;
    std::vector<std::string> deleted;
    for (std::size_t i = 0; i < count; ++i) {
        items.push_back(item_result(results[i], "deleted"));
        if (items.back().code == ExitCode::ok) deleted.push_back(items.back().name);
    }
    const auto is_gone = [](const ClusterMetadata& md, const std::string& name) {
        return find_topic(md, name) == nullptr;
    };
    for (const std::string& late : wait_on_every_broker(deleted, is_gone)) {
        for (ItemResult& item : items) {
            if (item.name == late) {
                item.status = "deleting";
                item.message = "deletion accepted; still visible on some broker";
            }
        }
    }
    return items;
}

ItemResult Admin::create_partitions(const std::string& topic, int total,
                                    const ReplicaAssignment& assignment, bool dry_run) {
    std::array<char, 512> why{};
    NewPartitionsPtr request(rd_kafka_NewPartitions_new(
        topic.c_str(), static_cast<std::size_t>(total), why.data(), why.size()));
    if (!request) throw_usage("add partitions to " + topic, why.data());
    for (std::size_t i = 0; i < assignment.size(); ++i) {
        if (rd_kafka_NewPartitions_set_replica_assignment(
                request.get(), static_cast<int>(i), const_cast<std::int32_t*>(assignment[i].data()),
                assignment[i].size(), why.data(), why.size()) != RD_KAFKA_RESP_ERR_NO_ERROR) {
            throw_usage("add partitions to " + topic, why.data());
        }
    }
    rd_kafka_NewPartitions_t* raw = request.get();

    AdminCall call(handle_.get());
    auto options =
        make_admin_options(handle_.get(), RD_KAFKA_ADMIN_OP_CREATEPARTITIONS, deadline_, dry_run);
    rd_kafka_CreatePartitions(handle_.get(), &raw, 1, options.get(), call.queue());
    EventPtr event =
        call.wait(RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT, deadline_, "add partitions to " + topic);

    std::size_t count = 0;
    const rd_kafka_topic_result_t** results = rd_kafka_CreatePartitions_result_topics(
        rd_kafka_event_CreatePartitions_result(event.get()), &count);
    if (count != 1)
        throw Error(ExitCode::kafka_error, "add partitions to " + topic, "no result for the topic");
    ItemResult item = item_result(results[0], dry_run ? "would add" : "added");
    if (item.code == ExitCode::ok && !dry_run) {
        const auto grown = [total](const ClusterMetadata& md, const std::string& name) {
            return serving(md, name, static_cast<std::size_t>(total));
        };
        if (!wait_on_every_broker({topic}, grown).empty()) {
            item.code = ExitCode::timeout;
            item.status = "failed";
            item.message =
                "added, but the new partitions are not visible on every broker within the timeout";
        }
    }
    return item;
}

std::vector<std::string> Admin::wait_on_every_broker(const std::vector<std::string>& topics,
                                                     const TopicReady& ready) {
    if (topics.empty()) return {};
    // Out of time already (the change itself took it all): none is seen yet, which is
    // what the caller reports; "no broker reachable" would be wrong, one just answered.
    std::vector<BrokerAddress> every_broker;
    try {
        every_broker = brokers();
    } catch (const Error&) {
        return topics;
    }
    // One handle bootstrapped to each broker asks that broker alone.
    std::vector<HandlePtr> per_broker;
    for (const BrokerAddress& b : every_broker) {
        ClientConfig single = config_;
        single.brokers = b.host + ":" + std::to_string(b.port);
        per_broker.push_back(make_handle(RD_KAFKA_CONSUMER, make_conf(single)));
    }
    std::set<std::string> pending(topics.begin(), topics.end());
    while (!pending.empty() && !deadline_.expired()) {
        std::set<std::string> not_ready;  // on at least one broker
        bool all_answered = true;
        for (const HandlePtr& handle : per_broker) {
            ClusterMetadata md;
            try {
                md = fetch_cluster_metadata(handle.get(), deadline_, config_.brokers);
            } catch (const Error&) {
                all_answered = false;
                break;
            }
            for (const std::string& name : pending) {
                if (!ready(md, name)) not_ready.insert(name);
            }
        }
        if (all_answered) pending = std::move(not_ready);
        if (!pending.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return {pending.begin(), pending.end()};
}

}  // namespace kfk
