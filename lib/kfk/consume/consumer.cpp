#include "kfk/consume/consumer.hpp"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <utility>

#include "kfk/client/admin_request.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/metadata_fetch.hpp"
#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/consume/start_offsets.hpp"
#include "kfk/deadline.hpp"

namespace kfk {

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t flush_threshold = 1 << 16;  // bytes of output between flushes
using PartitionKey = std::pair<std::string, std::int32_t>;

MessageView view_of(const rd_kafka_message_t* m, bool with_headers) {
    MessageView v;
    v.topic = rd_kafka_topic_name(m->rkt);
    v.partition = m->partition;
    v.offset = m->offset;
    rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    v.timestamp = rd_kafka_message_timestamp(m, &type);
    v.timestamp_type = type == RD_KAFKA_TIMESTAMP_CREATE_TIME       ? TimestampType::create_time
                       : type == RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME ? TimestampType::log_append_time
                                                                    : TimestampType::not_available;
    if (m->key) v.key = std::string_view(static_cast<const char*>(m->key), m->key_len);
    if (m->payload) v.value = std::string_view(static_cast<const char*>(m->payload), m->len);
    rd_kafka_headers_t* headers = nullptr;
    if (with_headers && rd_kafka_message_headers(m, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        const char* name = nullptr;
        const void* value = nullptr;
        std::size_t size = 0;
        for (std::size_t i = 0; rd_kafka_header_get_all(headers, i, &name, &value, &size) ==
                                RD_KAFKA_RESP_ERR_NO_ERROR;
             ++i) {
            HeaderView h{name, std::nullopt};
            if (value) h.value = std::string_view(static_cast<const char*>(value), size);
            v.headers.push_back(h);
        }
    }
    return v;
}

// Everything the loop and the rebalance callback share.
class Session {
public:
    Session(const ClientConfig& config, const ConsumeRequest& request, OutputSink& sink)
        : config_(config), request_(request), sink_(sink), deadline_(config.timeout) {}

    ConsumeSummary run(const MessageFormatter& format, const std::atomic<bool>& stop);

private:
    static void on_rebalance(rd_kafka_t* handle, rd_kafka_resp_err_t err,
                             rd_kafka_topic_partition_list_t* partitions, void* opaque);
    void assign(rd_kafka_topic_partition_list_t* partitions);
    ConfPtr consumer_conf();
    TopicPartitionListPtr requested_partitions(const ClusterMetadata& md);
    bool flush_and_store();
    void record_position(std::string_view topic, std::int32_t partition, std::int64_t next);
    void close();

    const ClientConfig& config_;
    const ConsumeRequest& request_;
    OutputSink& sink_;
    Deadline deadline_;  // bounds the start (metadata, offsets), not the consuming
    HandlePtr handle_;
    std::set<PartitionKey> assigned_;
    std::set<PartitionKey> at_end_;
    // Offsets of messages handed to the sink but not yet flushed out; stored for commit
    // only once flushed.
    std::vector<std::pair<PartitionKey, std::int64_t>> unflushed_;
    std::size_t unflushed_bytes_ = 0;
    bool output_closed_ = false;
};

ConfPtr Session::consumer_conf() {
    ConfPtr conf = make_conf(config_);
    auto set = [&](const char* key, const std::string& value) {
        char why[256];
        if (rd_kafka_conf_set(conf.get(), key, value.c_str(), why, sizeof why) !=
            RD_KAFKA_CONF_OK) {
            throw_usage(std::string("consume: ") + key, why);
        }
    };
    if (request_.group) {
        set("group.id", *request_.group);
        // Offsets are stored by hand after output (see flush_and_store); librdkafka
        // commits what was stored, every few seconds and at close.
        set("enable.auto.offset.store", "false");
        set("enable.auto.commit", "true");
    } else {
        // librdkafka's consumer API needs a group.id even for a plain assign(); this one
        // is never joined and nothing is ever committed under it.
        set("group.id", "kfk-no-group");
        set("enable.auto.commit", "false");
    }
    // A committed offset that fell out of the log restarts at the oldest message.
    set("auto.offset.reset", "earliest");
    // End-of-partition events drive -e, and in a group they give empty partitions a
    // position to commit.
    if (request_.exit_at_end || request_.group) set("enable.partition.eof", "true");
    rd_kafka_conf_set_opaque(conf.get(), this);
    if (request_.group && request_.partitions.empty())
        rd_kafka_conf_set_rebalance_cb(conf.get(), on_rebalance);
    return conf;
}

TopicPartitionListPtr Session::requested_partitions(const ClusterMetadata& md) {
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(0));
    for (const std::string& name : request_.topics) {
        auto it = std::find_if(md.topics.begin(), md.topics.end(),
                               [&](const TopicMetadata& t) { return t.name == name; });
        if (it == md.topics.end())
            throw Error(ExitCode::not_found, "consume " + name, "topic does not exist");
        if (request_.partitions.empty()) {
            for (const PartitionMetadata& p : it->partitions)
                rd_kafka_topic_partition_list_add(list.get(), name.c_str(), p.id);
            continue;
        }
        for (std::int32_t wanted : request_.partitions) {
            const bool exists =
                std::any_of(it->partitions.begin(), it->partitions.end(),
                            [&](const PartitionMetadata& p) { return p.id == wanted; });
            if (!exists) {
                throw Error(ExitCode::not_found, "consume " + name,
                            "partition " + std::to_string(wanted) +
                                " does not exist (the topic has " +
                                std::to_string(it->partitions.size()) + ")");
            }
            rd_kafka_topic_partition_list_add(list.get(), name.c_str(), wanted);
        }
    }
    return list;
}

// Starts each partition at its committed offset (in a group) or where --from says.
void Session::assign(rd_kafka_topic_partition_list_t* partitions) {
    if (request_.group && request_.from.kind != StartPosition::Kind::stored) {
        // --from applies only where the group has no committed offset.
        TopicPartitionListPtr committed(rd_kafka_topic_partition_list_copy(partitions));
        rd_kafka_committed(handle_.get(), committed.get(),
                           std::max(1000, deadline_.remaining_ms()));
        TopicPartitionListPtr fresh(rd_kafka_topic_partition_list_new(0));
        for (int i = 0; i < committed->cnt; ++i) {
            if (committed->elems[i].offset < 0) {
                rd_kafka_topic_partition_list_add(fresh.get(), committed->elems[i].topic,
                                                  committed->elems[i].partition);
            }
        }
        const Deadline lookup(config_.timeout);
        resolve_start_offsets(handle_.get(), fresh.get(), request_.from, lookup);
        make_start_offsets_absolute(handle_.get(), fresh.get(), lookup);
        // The group starts there: committed with the next offsets, so a run that stops
        // (-n) before reading a partition does not leave it to `stored`'s end fallback.
        for (int i = 0; i < fresh->cnt; ++i) {
            if (fresh->elems[i].offset >= 0)
                record_position(fresh->elems[i].topic, fresh->elems[i].partition,
                                fresh->elems[i].offset);
        }
        for (int i = 0; i < partitions->cnt; ++i) {
            auto& p = partitions->elems[i];
            const auto* c =
                rd_kafka_topic_partition_list_find(committed.get(), p.topic, p.partition);
            const auto* f = rd_kafka_topic_partition_list_find(fresh.get(), p.topic, p.partition);
            p.offset = f ? f->offset : (c ? c->offset : RD_KAFKA_OFFSET_STORED);
        }
    } else if (request_.group) {
        // stored: the committed offset, else the end.
        for (int i = 0; i < partitions->cnt; ++i)
            partitions->elems[i].offset = RD_KAFKA_OFFSET_STORED;
        TopicPartitionListPtr committed(rd_kafka_topic_partition_list_copy(partitions));
        rd_kafka_committed(handle_.get(), committed.get(),
                           std::max(1000, deadline_.remaining_ms()));
        for (int i = 0; i < partitions->cnt; ++i) {
            if (committed->elems[i].offset < 0) partitions->elems[i].offset = RD_KAFKA_OFFSET_END;
        }
    } else {
        resolve_start_offsets(handle_.get(), partitions, request_.from, Deadline(config_.timeout));
    }
    assigned_.clear();
    at_end_.clear();
    for (int i = 0; i < partitions->cnt; ++i)
        assigned_.emplace(partitions->elems[i].topic, partitions->elems[i].partition);
    const rd_kafka_resp_err_t err = rd_kafka_assign(handle_.get(), partitions);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) throw kafka_error("consume: assign partitions", err);
}

void Session::on_rebalance(rd_kafka_t* handle, rd_kafka_resp_err_t err,
                           rd_kafka_topic_partition_list_t* partitions, void* opaque) {
    auto* self = static_cast<Session*>(opaque);
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        try {
            self->assign(partitions);
        } catch (const Error&) {
            // Could not look up start offsets in time: take the stored/reset offsets.
            rd_kafka_assign(handle, partitions);
        }
        return;
    }
    // Revoked: what was written is committed now, so the next owner starts after it.
    self->flush_and_store();
    rd_kafka_commit(handle, nullptr, 0);
    self->assigned_.clear();
    self->at_end_.clear();
    rd_kafka_assign(handle, nullptr);
}

// Remembers where `partition` continues once the output is flushed: after a written
// message, or at the end of the partition (so an empty partition gets a committed
// offset too, as the Java consumer commits its position).
void Session::record_position(std::string_view topic, std::int32_t partition, std::int64_t next) {
    if (!request_.group) return;
    for (auto& [key, offset] : unflushed_) {
        if (key.second == partition && key.first == topic) {
            offset = std::max(offset, next);
            return;
        }
    }
    unflushed_.push_back({{std::string(topic), partition}, next});
}

bool Session::flush_and_store() {
    unflushed_bytes_ = 0;
    if (!sink_.flush()) {
        output_closed_ = true;
        unflushed_.clear();  // never reached the reader: must not be committed
        return false;
    }
    if (unflushed_.empty()) return true;
    TopicPartitionListPtr offsets(
        rd_kafka_topic_partition_list_new(static_cast<int>(unflushed_.size())));
    for (const auto& [key, next] : unflushed_) {
        rd_kafka_topic_partition_list_add(offsets.get(), key.first.c_str(), key.second)->offset =
            next;
    }
    unflushed_.clear();
    rd_kafka_offsets_store(handle_.get(), offsets.get());
    return true;
}

void Session::close() {
    // rd_kafka_consumer_close can hang when a consumed topic was deleted meanwhile
    // (librdkafka < 2.6.1): give it a bounded time, then leave the handle behind.
    rd_kafka_t* handle = handle_.release();
    auto done = std::make_shared<std::pair<std::mutex, std::condition_variable>>();
    auto finished = std::make_shared<bool>(false);
    std::thread closer([handle, done, finished] {
        rd_kafka_consumer_close(handle);
        rd_kafka_destroy(handle);
        std::lock_guard lock(done->first);
        *finished = true;
        done->second.notify_all();
    });
    std::unique_lock lock(done->first);
    if (done->second.wait_for(lock, std::chrono::seconds(10), [&] { return *finished; })) {
        lock.unlock();
        closer.join();
    } else {
        closer.detach();
    }
}

ConsumeSummary Session::run(const MessageFormatter& format, const std::atomic<bool>& stop) {
    const auto start = Clock::now();
    handle_ = make_handle(RD_KAFKA_CONSUMER, consumer_conf());
    // The same handle answers metadata: a missing topic or an unreachable cluster
    // fails here, before anything is assigned.
    const ClusterMetadata md = fetch_cluster_metadata(handle_.get(), deadline_, config_.brokers);
    TopicPartitionListPtr partitions = requested_partitions(md);

    if (request_.group && request_.partitions.empty()) {
        TopicPartitionListPtr topics(rd_kafka_topic_partition_list_new(0));
        for (const std::string& t : request_.topics) {
            rd_kafka_topic_partition_list_add(topics.get(), t.c_str(), RD_KAFKA_PARTITION_UA);
        }
        const rd_kafka_resp_err_t err = rd_kafka_subscribe(handle_.get(), topics.get());
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) throw kafka_error("consume: subscribe", err);
    } else {
        assign(partitions.get());
    }

    ConsumeSummary summary;
    std::string text;
    bool pending_output = false;
    bool done = false;
    while (!done && !stop.load(std::memory_order_relaxed)) {
        // Block-buffered output, flushed whenever no further message is waiting, so a
        // pipe reader sees messages as they arrive.
        rd_kafka_message_t* raw = rd_kafka_consumer_poll(handle_.get(), pending_output ? 0 : 100);
        if (raw == nullptr) {
            if (pending_output) {
                pending_output = false;
                if (!flush_and_store()) break;
            }
            continue;
        }
        std::unique_ptr<rd_kafka_message_t, decltype(&rd_kafka_message_destroy)> m(
            raw, rd_kafka_message_destroy);
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            at_end_.emplace(rd_kafka_topic_name(m->rkt), m->partition);
            record_position(rd_kafka_topic_name(m->rkt), m->partition, m->offset);
            pending_output = true;
            done = request_.exit_at_end && !assigned_.empty() &&
                   std::all_of(assigned_.begin(), assigned_.end(),
                               [&](const PartitionKey& k) { return at_end_.contains(k); });
            continue;
        }
        if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            const ExitCode code = exit_code_for(m->err);
            // Transport hiccups are retried by librdkafka; a topic or partition that
            // vanished or an authorization failure ends the command.
            if (code == ExitCode::not_found ||
                m->err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED ||
                m->err == RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED) {
                flush_and_store();
                throw kafka_error("consume", m->err, rd_kafka_message_errstr(m.get()));
            }
            continue;
        }
        text.clear();
        try {
            format(view_of(m.get(), request_.with_headers), text);
        } catch (const Error&) {
            // A message the formatter refuses (consume --decode) ends the run; what went
            // out before it is still flushed and, in a group, stored for commit.
            flush_and_store();
            throw;
        }
        // Flush here rather than inside the sink, so the offsets of what went out are
        // stored as it goes out, also while messages never stop arriving.
        if (unflushed_bytes_ + text.size() > flush_threshold && !flush_and_store()) break;
        unflushed_bytes_ += text.size();
        if (!sink_.write(text)) {
            output_closed_ = true;
            unflushed_.clear();
            break;
        }
        record_position(rd_kafka_topic_name(m->rkt), m->partition, m->offset + 1);
        pending_output = true;
        ++summary.messages;
        summary.bytes += static_cast<std::int64_t>(m->len + m->key_len);
        if (request_.count && summary.messages >= *request_.count) done = true;
    }
    summary.interrupted = stop.load();
    if (!output_closed_) flush_and_store();
    summary.output_closed = output_closed_;
    if (request_.group) rd_kafka_commit(handle_.get(), nullptr, 0);  // synchronous
    close();
    summary.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    return summary;
}

}  // namespace

ConsumeSummary consume(const ClientConfig& config, const ConsumeRequest& request,
                       const MessageFormatter& format, OutputSink& sink,
                       const std::atomic<bool>& stop) {
    Session session(config, request, sink);
    return session.run(format, stop);
}

}  // namespace kfk
