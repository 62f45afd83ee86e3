#include "kfk/client/metadata_fetch.hpp"

#include <algorithm>
#include <cstring>

#include "kfk/client/kafka_error.hpp"
#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/client/unreachable.hpp"
#include "kfk/duration.hpp"

namespace kfk {

namespace {

std::string error_text(rd_kafka_resp_err_t err) {
    return err == RD_KAFKA_RESP_ERR_NO_ERROR ? std::string{} : rd_kafka_err2str(err);
}

PartitionMetadata convert(const rd_kafka_metadata_partition_t& p) {
    PartitionMetadata out;
    out.id = p.id;
    out.leader = p.leader;
    out.replicas.assign(p.replicas, p.replicas + p.replica_cnt);
    out.isr.assign(p.isrs, p.isrs + p.isr_cnt);
    out.error = error_text(p.err);
    return out;
}

TopicMetadata convert(const rd_kafka_metadata_topic_t& t) {
    TopicMetadata out;
    out.name = t.topic;
    out.error = error_text(t.err);
    out.partitions.reserve(static_cast<std::size_t>(t.partition_cnt));
    for (int i = 0; i < t.partition_cnt; ++i) out.partitions.push_back(convert(t.partitions[i]));
    std::sort(out.partitions.begin(), out.partitions.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

// The brokers of a Metadata response, by id.
std::vector<BrokerAddress> brokers_of(const rd_kafka_metadata_t& md) {
    std::vector<BrokerAddress> out;
    for (int i = 0; i < md.broker_cnt; ++i) {
        const auto& b = md.brokers[i];
        out.push_back(BrokerAddress{b.id, b.host, b.port});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

// One Metadata request: every topic, `only` that one, or (neither) the brokers and the
// topics the handle holds. Asked in short slices so that a failed login or TLS
// handshake, which librdkafka only reports through its error callback, ends the wait
// at once.
MetadataPtr ask_metadata(rd_kafka_t* handle, bool all_topics, rd_kafka_topic_t* only,
                         const Deadline& deadline, const std::string& brokers) {
    constexpr int slice_ms = 200;
    const rd_kafka_metadata_t* raw = nullptr;
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__TIMED_OUT;
    for (;;) {
        err = rd_kafka_metadata(handle, all_topics ? 1 : 0, only, &raw,
                                std::min(slice_ms, std::max(1, deadline.remaining_ms())));
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR || exit_code_for(err) != ExitCode::timeout) break;
        throw_connection_problem(handle, brokers);
        if (deadline.expired()) break;
    }
    MetadataPtr md(raw);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (exit_code_for(err) == ExitCode::timeout) throw_unreachable(brokers, deadline.budget());
        throw kafka_error("fetch metadata", err);
    }
    return md;
}

}  // namespace

std::vector<BrokerAddress> fetch_brokers(rd_kafka_t* handle, const Deadline& deadline,
                                         const std::string& brokers) {
    return brokers_of(*ask_metadata(handle, false, nullptr, deadline, brokers));
}

ClusterMetadata fetch_cluster_metadata(rd_kafka_t* handle, const Deadline& deadline,
                                       const std::string& brokers,
                                       const std::vector<std::string>& topics) {
    // librdkafka asks for one topic through its handle, or for every topic the client
    // holds a handle of ("locally known"): one handle per named topic, for the request.
    std::vector<TopicPtr> named;
    for (const std::string& topic : topics)
        named.emplace_back(rd_kafka_topic_new(handle, topic.c_str(), nullptr));
    const bool all_topics = named.empty();
    rd_kafka_topic_t* only = named.size() == 1 ? named.front().get() : nullptr;
    const MetadataPtr md = ask_metadata(handle, all_topics, only, deadline, brokers);

    ClusterMetadata out;
    out.brokers = brokers_of(*md);
    // Sorted by name before conversion: moving pointers, not whole topics (a cluster may
    // hold thousands).
    std::vector<const rd_kafka_metadata_topic_t*> by_name;
    by_name.reserve(static_cast<std::size_t>(md->topic_cnt));
    for (int i = 0; i < md->topic_cnt; ++i) {
        // A named topic that does not exist comes back with this error: leave it out.
        if (md->topics[i].err != RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART)
            by_name.push_back(&md->topics[i]);
    }
    std::sort(by_name.begin(), by_name.end(),
              [](const auto* a, const auto* b) { return std::strcmp(a->topic, b->topic) < 0; });
    out.topics.reserve(by_name.size());
    for (const rd_kafka_metadata_topic_t* t : by_name) out.topics.push_back(convert(*t));

    // From the metadata librdkafka just cached; the call only waits if the response
    // lacked it.
    if (char* cluster_id = rd_kafka_clusterid(handle, deadline.remaining_ms())) {
        out.cluster_id = cluster_id;
        rd_kafka_mem_free(handle, cluster_id);
    }
    return out;
}

}  // namespace kfk
