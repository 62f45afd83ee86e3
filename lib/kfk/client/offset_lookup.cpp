#include "kfk/client/offset_lookup.hpp"

#include <chrono>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "kfk/client/admin.hpp"
#include "kfk/client/coordinator_retry.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/owned.hpp"

namespace kfk {

namespace {

rd_kafka_resp_err_t ask_leaders(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                                std::int64_t query, const Deadline& deadline) {
    for (int i = 0; i < partitions->cnt; ++i) partitions->elems[i].offset = query;
    return rd_kafka_offsets_for_times(handle, partitions, deadline.remaining_ms());
}

// Errors a broker gives a whole ListOffsets request for one topic that is being created
// or deleted (the metadata already or still shows it, the leader does not).
bool topic_in_flux(rd_kafka_resp_err_t err) {
    return err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART ||
           err == RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION || err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC ||
           err == RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION ||
           err == RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE;
}

// Errors of a partition whose leadership is moving (a broker died or came back): fresh
// metadata, which librdkafka fetches on these, names the new leader a moment later.
bool leader_moving(rd_kafka_resp_err_t err) {
    switch (err) {
        case RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION:
        case RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE:
        case RD_KAFKA_RESP_ERR_FENCED_LEADER_EPOCH:
        case RD_KAFKA_RESP_ERR_UNKNOWN_LEADER_EPOCH:
        case RD_KAFKA_RESP_ERR_OFFSET_NOT_AVAILABLE:
        case RD_KAFKA_RESP_ERR_REPLICA_NOT_AVAILABLE:
        case RD_KAFKA_RESP_ERR__TRANSPORT:
            return true;
        default:
            return false;
    }
}

// Whether the request, or any partition in its answer, failed because a leader is moving.
bool any_leader_moving(rd_kafka_resp_err_t err, const rd_kafka_topic_partition_list_t* partitions) {
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) return leader_moving(err);
    for (int i = 0; i < partitions->cnt; ++i) {
        if (leader_moving(partitions->elems[i].err)) return true;
    }
    return false;
}

// The entries of `partitions` whose topic `keep` accepts, in a list of their own.
template <class Keep>
TopicPartitionListPtr subset(const rd_kafka_topic_partition_list_t* partitions, Keep keep) {
    TopicPartitionListPtr part(rd_kafka_topic_partition_list_new(partitions->cnt));
    for (int i = 0; i < partitions->cnt; ++i) {
        const rd_kafka_topic_partition_t& tp = partitions->elems[i];
        if (keep(tp)) rd_kafka_topic_partition_list_add(part.get(), tp.topic, tp.partition);
    }
    return part;
}

// Copies the offsets and errors of `answers` into the same entries of `partitions`.
void take_answers(rd_kafka_topic_partition_list_t* partitions,
                  const rd_kafka_topic_partition_list_t* answers) {
    for (int i = 0; i < answers->cnt; ++i) {
        const rd_kafka_topic_partition_t& answer = answers->elems[i];
        rd_kafka_topic_partition_t* tp =
            rd_kafka_topic_partition_list_find(partitions, answer.topic, answer.partition);
        tp->offset = answer.offset;
        tp->err = answer.err;
    }
}

// Asks for every entry; when the request fails for a topic in flux, asks again in two
// halves by topic, down to the topic at fault, whose entries get the error in their err.
void ask_by_halves(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                   std::int64_t query, const Deadline& deadline, const char* what) {
    if (partitions->cnt == 0) return;
    const rd_kafka_resp_err_t err = ask_leaders(handle, partitions, query, deadline);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) return;
    if (!topic_in_flux(err) || deadline.expired()) throw kafka_error(what, err);
    std::vector<std::string> topics;  // in order: the list is sorted by topic
    for (int i = 0; i < partitions->cnt; ++i) {
        if (topics.empty() || topics.back() != partitions->elems[i].topic)
            topics.emplace_back(partitions->elems[i].topic);
    }
    if (topics.size() == 1) {
        for (int i = 0; i < partitions->cnt; ++i) partitions->elems[i].err = err;
        return;
    }
    const std::set<std::string> first_half(topics.begin(), topics.begin() + topics.size() / 2);
    for (const bool first : {true, false}) {
        TopicPartitionListPtr half = subset(partitions, [&](const rd_kafka_topic_partition_t& tp) {
            return first_half.contains(tp.topic) == first;
        });
        ask_by_halves(handle, half.get(), query, deadline, what);
        take_answers(partitions, half.get());
    }
}

}  // namespace

void lookup_offsets(rd_kafka_t* handle, rd_kafka_topic_partition_list_t* partitions,
                    std::int64_t query, const Deadline& deadline, const char* what) {
    if (partitions->cnt == 0) return;
    RetryPause pause;
    for (;;) {
        const rd_kafka_resp_err_t err = ask_leaders(handle, partitions, query, deadline);
        if (any_leader_moving(err, partitions) && pause.wait(deadline)) continue;
        // Out of time, a partition's own error stays in its entry for the caller.
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) throw kafka_error(what, err);
        return;
    }
}

void throw_partition_error(const rd_kafka_topic_partition_list_t* partitions,
                           const std::string& what) {
    for (int i = 0; i < partitions->cnt; ++i) {
        const rd_kafka_topic_partition_t& tp = partitions->elems[i];
        if (tp.err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            throw kafka_error(what + " of " + tp.topic + "[" + std::to_string(tp.partition) + "]",
                              tp.err);
        }
    }
}

void lookup_current_offsets(Admin& admin, rd_kafka_topic_partition_list_t* partitions,
                            std::int64_t query, const char* what) {
    if (partitions->cnt == 0) return;
    rd_kafka_topic_partition_list_sort(partitions, nullptr, nullptr);  // by topic, for halves
    const Deadline first_try(std::chrono::milliseconds(admin.deadline().remaining_ms() / 2));
    if (ask_leaders(admin.handle(), partitions, query, first_try) == RD_KAFKA_RESP_ERR_NO_ERROR)
        return;

    const auto serving = partitions_with_leader(admin.metadata());
    TopicPartitionListPtr current = subset(partitions, [&](const rd_kafka_topic_partition_t& tp) {
        return serving.contains({tp.topic, tp.partition});
    });
    for (int i = 0; i < partitions->cnt; ++i)
        partitions->elems[i].err = RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
    ask_by_halves(admin.handle(), current.get(), query, admin.deadline(), what);
    take_answers(partitions, current.get());
}

}  // namespace kfk
