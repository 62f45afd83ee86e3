#include "kfk/consume/consumer.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <set>
#include <thread>
#include <utility>

#include "kfk/client/admin_request.hpp"
#include "kfk/client/coordinator_retry.hpp"
#include "kfk/client/group_commits.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/message_headers.hpp"
#include "kfk/client/metadata_fetch.hpp"
#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/codec/base64.hpp"
#include "kfk/codec/utf8.hpp"
#include "kfk/consume/flow_control.hpp"
#include "kfk/consume/start_offsets.hpp"
#include "kfk/consume/stop_offsets.hpp"
#include "kfk/consume/tail_buffer.hpp"
#include "kfk/deadline.hpp"
#include "kfk/topic/topic_description.hpp"

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
    if (with_headers) {
        for_each_header(m, [&](std::string_view name, const char* value, std::size_t size) {
            HeaderView h{name, std::nullopt};
            if (value) h.value = std::string_view(value, size);
            v.headers.push_back(h);
        });
    }
    return v;
}

// The group's committed offsets of `partitions` (negative where it has none). An
// answer that stays an error ends the command: starting at the end instead would skip
// what the group has not read.
TopicPartitionListPtr committed_offsets(rd_kafka_t* handle,
                                        const rd_kafka_topic_partition_list_t* partitions,
                                        const Deadline& deadline) {
    TopicPartitionListPtr committed;
    const rd_kafka_resp_err_t err = retry_group_request(deadline, [&] {
        committed.reset(rd_kafka_topic_partition_list_copy(partitions));
        rd_kafka_resp_err_t answer =
            rd_kafka_committed(handle, committed.get(), std::max(1, deadline.remaining_ms()));
        for (int i = 0; answer == RD_KAFKA_RESP_ERR_NO_ERROR && i < committed->cnt; ++i)
            answer = committed->elems[i].err;
        return answer;
    });
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        throw kafka_error("consume: read the group's committed offsets", err);
    return committed;
}

// Everything the loop and the rebalance callback share.
class Session {
public:
    Session(const ClientConfig& config, const ConsumeRequest& request, OutputSink& sink)
        : config_(config), request_(request), sink_(sink), deadline_(config.timeout) {}
    // A run that ended in an Error leaves the group here too, before the members the
    // rebalance callback uses are gone.
    ~Session() {
        if (handle_) close();
    }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    ConsumeSummary run(const MessageFormatter& format, const std::atomic<bool>& stop);

private:
    static void on_rebalance(rd_kafka_t* handle, rd_kafka_resp_err_t err,
                             rd_kafka_topic_partition_list_t* partitions, void* opaque);
    void assign(rd_kafka_topic_partition_list_t* partitions);
    ConfPtr consumer_conf();
    // A group with neither -p nor --key joins the group's rebalances; else kfk assigns.
    bool subscribes() const {
        return request_.group && request_.partitions.empty() && request_.filter.keys().empty();
    }
    TopicPartitionListPtr requested_partitions(const ClusterMetadata& md);
    bool flush_and_store();
    // `view` formatted into `text` (cleared first); false when the formatter drops it.
    bool format_message(const MessageFormatter& format, const MessageView& view, std::string& text);
    void record_position(std::string_view topic, std::int32_t partition, std::int64_t next);
    void reached_stop(std::string_view topic, std::int32_t partition);
    bool all_at_stop() const;
    std::set<PartitionKey> fetching() const;
    void commit();
    void close();

    const ClientConfig& config_;
    const ConsumeRequest& request_;
    OutputSink& sink_;
    Deadline deadline_;  // bounds the start (metadata, offsets), not the consuming
    HandlePtr handle_;
    std::optional<FlowControl> flow_;
    std::optional<GroupCommits> commits_;  // with -g
    std::set<PartitionKey> assigned_;
    StopOffsets stops_;           // -e and --until only
    bool stops_changed_ = false;  // a partition reached its stop since all_at_stop() was asked
    // Offsets of messages handed to the sink but not yet flushed out; stored for commit
    // only once flushed.
    std::vector<std::pair<PartitionKey, std::int64_t>> unflushed_;
    std::size_t unflushed_bytes_ = 0;
    std::int64_t unflushed_messages_ = 0;
    std::int64_t written_ = 0;  // messages flushed out whole (ConsumeSummary::written)
    bool output_closed_ = false;
    // An error of the rebalance callback (start offsets unknown, a commit that failed),
    // which must not throw through librdkafka: run() ends and rethrows it.
    std::exception_ptr rebalance_failure_;
    std::atomic<bool> closing_{false};  // close() began: the rebalance callback only unassigns
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
    // Show what is in the log up to the high watermark, as kafka-console-consumer does,
    // so that -e's end (the high watermark at start) is reachable also while a
    // transaction is open. -X isolation.level=read_committed still applies.
    auto given = [&](std::string_view key) {
        return std::any_of(config_.properties.begin(), config_.properties.end(),
                           [&](const Property& property) { return property.key == key; });
    };
    if (!given("isolation.level")) set("isolation.level", "read_uncommitted");
    // The memory bound of the pre-fetch queue (see FlowControl).
    if (!given("queued.min.messages"))
        set("queued.min.messages", std::to_string(FlowControl::queued_messages));
    if (!given("queued.max.messages.kbytes"))
        set("queued.max.messages.kbytes", std::to_string(FlowControl::queued_kbytes));
    if (request_.group) {
        set("group.id", *request_.group);
        // Offsets are stored by hand after output (see flush_and_store) and committed
        // by kfk (see GroupCommits), never by librdkafka's auto-commit.
        set("enable.auto.offset.store", "false");
        set("enable.auto.commit", "false");
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
    if (request_.stop_at || request_.group) set("enable.partition.eof", "true");
    rd_kafka_conf_set_opaque(conf.get(), this);
    if (subscribes()) rd_kafka_conf_set_rebalance_cb(conf.get(), on_rebalance);
    return conf;
}

// A key as the user reads it: itself when it is text, else its base64.
std::string printable_key(const std::string& key) {
    return is_valid_utf8(key) ? "'" + key + "'" : base64_encode(key) + " (base64)";
}

std::string joined(const std::vector<std::int32_t>& partitions) {
    std::string out;
    for (std::int32_t p : partitions) out += (out.empty() ? "" : ",") + std::to_string(p);
    return out;
}

TopicPartitionListPtr Session::requested_partitions(const ClusterMetadata& md) {
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(0));
    const std::vector<std::string>& keys = request_.filter.keys();
    for (const std::string& name : request_.topics) {
        const TopicMetadata& topic = find_topic(md, name, "consume");
        if (!keys.empty()) {
            // Only where the producer put these keys: its partitioner's hash of the key,
            // modulo the partition count now (a topic that gained partitions since may
            // hold older messages of a key elsewhere: -p says where else to look).
            const auto count = static_cast<std::int32_t>(topic.partitions.size());
            std::set<std::int32_t> wanted;
            for (const std::string& key : keys) {
                const std::int32_t p = key_partition(request_.partitioner, key, count);
                wanted.insert(p);
                const auto& given = request_.partitions;
                if (!given.empty() && std::find(given.begin(), given.end(), p) == given.end()) {
                    throw_usage("consume --key",
                                "key " + printable_key(key) + " maps to partition " +
                                    std::to_string(p) + " of " + name + ", not among -p " +
                                    joined(given),
                                "drop -p to read the key's partition");
                }
                if (request_.notes) {
                    *request_.notes << "kfk: key " << printable_key(key) << " maps to partition "
                                    << p << " of " << name << " (" << count << " partitions, "
                                    << key_partitioner_name(request_.partitioner) << ")\n";
                }
            }
            if (request_.partitions.empty()) {
                for (std::int32_t p : wanted)
                    rd_kafka_topic_partition_list_add(list.get(), name.c_str(), p);
                if (request_.notes) {
                    *request_.notes << "kfk: reading " << name << " partition"
                                    << (wanted.size() == 1 ? " " : "s ")
                                    << joined({wanted.begin(), wanted.end()}) << " of " << count
                                    << "\n";
                }
                continue;
            }
            if (request_.notes) {
                *request_.notes << "kfk: reading " << name << " partitions "
                                << joined(request_.partitions) << " (-p) of " << count << "\n";
            }
        }
        if (request_.partitions.empty()) {
            for (const PartitionMetadata& p : topic.partitions)
                rd_kafka_topic_partition_list_add(list.get(), name.c_str(), p.id);
            continue;
        }
        for (std::int32_t wanted : request_.partitions) {
            find_partition(topic, wanted, "consume");
            rd_kafka_topic_partition_list_add(list.get(), name.c_str(), wanted);
        }
    }
    return list;
}

// Starts each partition at its committed offset (in a group) or where --from says.
void Session::assign(rd_kafka_topic_partition_list_t* partitions) {
    if (request_.group && request_.from.kind != StartPosition::Kind::stored) {
        // --from applies only where the group has no committed offset.
        TopicPartitionListPtr committed =
            committed_offsets(handle_.get(), partitions, Deadline(config_.timeout));
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
        TopicPartitionListPtr committed =
            committed_offsets(handle_.get(), partitions, Deadline(config_.timeout));
        for (int i = 0; i < partitions->cnt; ++i) {
            const std::int64_t offset = committed->elems[i].offset;
            partitions->elems[i].offset = offset < 0 ? RD_KAFKA_OFFSET_END : offset;
        }
    } else {
        resolve_start_offsets(handle_.get(), partitions, request_.from, Deadline(config_.timeout));
    }
    if (request_.stop_at)
        learn_stop_offsets(handle_.get(), partitions, stops_, *request_.stop_at,
                           Deadline(config_.timeout));
    // Absolute offsets only: librdkafka looks a logical one up itself, and when that
    // races the partition's move to its leader's thread it retries 500 ms later.
    make_start_offsets_absolute(handle_.get(), partitions, Deadline(config_.timeout));
    // The partitions that start at or past their stop, with their start.
    std::vector<std::pair<PartitionKey, std::int64_t>> at_stop;
    for (int i = 0; i < partitions->cnt; ++i) {
        const auto& p = partitions->elems[i];
        if (request_.stop_at && p.offset >= 0 && stops_.advance(p.topic, p.partition, p.offset))
            at_stop.push_back({{p.topic, p.partition}, p.offset});
    }
    assigned_.clear();
    for (int i = 0; i < partitions->cnt; ++i)
        assigned_.emplace(partitions->elems[i].topic, partitions->elems[i].partition);
    // A partition that starts at its stop is never fetched: an empty fetch of it would
    // hold its broker's next fetch (with the partitions that do have messages) for
    // fetch.wait.max.ms. Without a group it is left out; a group must take what it was
    // given, to store offsets for it, so it is paused before it is assigned (a pause
    // after assign() races the first fetch).
    TopicPartitionListPtr to_fetch(rd_kafka_topic_partition_list_copy(partitions));
    for (const auto& [key, start] : at_stop) {
        if (request_.group) {
            reached_stop(key.first, key.second);
        } else {
            rd_kafka_topic_partition_list_del(to_fetch.get(), key.first.c_str(), key.second);
        }
    }
    const rd_kafka_resp_err_t err = rd_kafka_assign(handle_.get(), to_fetch.get());
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) throw kafka_error("consume: assign partitions", err);
    // Partitions that start at or past their stop are done at once: their start is
    // stored for the group (where it is already, or where --from put it).
    stops_changed_ = true;
    for (const auto& [key, start] : at_stop) record_position(key.first, key.second, start);
}

// Stops fetching a partition that reached its stop: what arrives after the stop is not
// shown anyway.
void Session::reached_stop(std::string_view topic, std::int32_t partition) {
    stops_changed_ = true;
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(list.get(), std::string(topic).c_str(), partition);
    rd_kafka_pause_partitions(handle_.get(), list.get());
}

// The assigned partitions still to be read (the others are paused at their stop).
std::set<PartitionKey> Session::fetching() const {
    std::set<PartitionKey> out;
    for (const PartitionKey& k : assigned_) {
        if (!stops_.done(k.first, k.second)) out.insert(k);
    }
    return out;
}

bool Session::all_at_stop() const {
    return request_.stop_at && !assigned_.empty() && stops_.all_done(assigned_);
}

void Session::on_rebalance(rd_kafka_t* handle, rd_kafka_resp_err_t err,
                           rd_kafka_topic_partition_list_t* partitions, void* opaque) {
    auto* self = static_cast<Session*>(opaque);
    if (self->closing_) {
        // rd_kafka_consumer_close's own revoke, on close()'s thread: run() has committed
        // already, and handle_ is no longer this session's.
        rd_kafka_assign(handle, nullptr);
        return;
    }
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        try {
            self->assign(partitions);
        } catch (...) {
            // Where to start or stop is not known: reading anyway could skip messages
            // or never reach -e's end.
            self->rebalance_failure_ = std::current_exception();
            rd_kafka_assign(handle, nullptr);
        }
        return;
    }
    // Revoked: what was written is committed now, so the next owner starts after it.
    self->flush_and_store();
    try {
        self->commit();
    } catch (...) {
        self->rebalance_failure_ = std::current_exception();
    }
    self->assigned_.clear();
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
        unflushed_messages_ = 0;
        return false;
    }
    written_ += unflushed_messages_;
    unflushed_messages_ = 0;
    if (unflushed_.empty()) return true;
    TopicPartitionListPtr offsets(
        rd_kafka_topic_partition_list_new(static_cast<int>(unflushed_.size())));
    for (const auto& [key, next] : unflushed_) {
        rd_kafka_topic_partition_list_add(offsets.get(), key.first.c_str(), key.second)->offset =
            next;
    }
    unflushed_.clear();
    rd_kafka_offsets_store(handle_.get(), offsets.get());
    if (commits_) commits_->tick();
    return true;
}

// Commits what was written, synchronously, asking again while the coordinator moves or
// a request times out. An offset that stays uncommitted is an Error: the group would
// read those messages again.
void Session::commit() {
    const rd_kafka_resp_err_t err = commits_->commit_now(Deadline(config_.timeout));
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        throw Error(exit_code_for(err), "consume: commit the group's offsets",
                    rd_kafka_err2str(err), "the group will read the last messages written again");
    }
}

void Session::close() {
    // rd_kafka_consumer_close can hang when a consumed topic was deleted meanwhile
    // (librdkafka < 2.6.1): give it a bounded time, then leave the handle behind.
    closing_ = true;
    flow_.reset();  // hold queues of the handle: must go first or destroy blocks
    commits_.reset();
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

bool Session::format_message(const MessageFormatter& format, const MessageView& view,
                             std::string& text) {
    text.clear();
    try {
        return format(view, text);
    } catch (const Error&) {
        // A message the formatter refuses (consume --decode) ends the run; what went out
        // before it is still flushed and, in a group, stored for commit.
        flush_and_store();
        throw;
    }
}

ConsumeSummary Session::run(const MessageFormatter& format, const std::atomic<bool>& stop) {
    const auto start = Clock::now();
    handle_ = make_handle(RD_KAFKA_CONSUMER, consumer_conf());
    flow_.emplace(handle_.get());
    if (request_.group) commits_.emplace(handle_.get(), commit_interval(handle_.get()));
    // The same handle answers metadata: a missing topic or an unreachable cluster
    // fails here, before anything is assigned.
    const ClusterMetadata md =
        fetch_cluster_metadata(handle_.get(), deadline_, config_.brokers, request_.topics);
    TopicPartitionListPtr partitions = requested_partitions(md);

    if (subscribes()) {
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
    const bool filtering = request_.filter.active();
    const bool with_headers = request_.with_headers || request_.filter.uses_headers();
    std::optional<TailBuffer> tail;
    if (request_.tail) tail.emplace(*request_.tail);
    summary.filtered = filtering;
    summary.tailed = tail.has_value();
    bool pending_output = false;
    bool done = false;
    while (!done && !stop.load(std::memory_order_relaxed) && !rebalance_failure_) {
        if (stops_changed_) {
            stops_changed_ = false;
            if (all_at_stop()) break;
        }
        // Block-buffered output, flushed whenever no further message is waiting, so a
        // pipe reader sees messages as they arrive.
        rd_kafka_message_t* raw = rd_kafka_consumer_poll(handle_.get(), pending_output ? 0 : 100);
        if (raw == nullptr) {
            flow_->on_drained(fetching());
            if (pending_output) {
                pending_output = false;
                if (!flush_and_store()) break;
            } else if (sink_.reader_gone()) {
                // `| head -3` has its lines and left while no message comes: end as
                // the next write would end it (what was written stays committed).
                output_closed_ = true;
                break;
            }
            continue;
        }
        std::unique_ptr<rd_kafka_message_t, decltype(&rd_kafka_message_destroy)> m(
            raw, rd_kafka_message_destroy);
        // A consumer-level error (authorization, transport) comes without a topic.
        const char* topic = m->rkt != nullptr ? rd_kafka_topic_name(m->rkt) : "";
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            pending_output = true;
            if (!request_.stop_at) {
                record_position(topic, m->partition, m->offset);
            } else if (!stops_.done(topic, m->partition)) {
                // Never past the stop: what lies beyond it was not shown. (A partition
                // already done has its position recorded.)
                record_position(topic, m->partition,
                                stops_.bounded(topic, m->partition, m->offset));
                stops_.mark_done(topic, m->partition);
                reached_stop(topic, m->partition);
            }
            continue;
        }
        if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            const ExitCode code = exit_code_for(m->err);
            // Transport hiccups are retried by librdkafka; a topic or partition that
            // vanished or an authorization failure ends the command.
            // Without -g the group id only serves librdkafka's assign(): its coordinator
            // lookup being refused changes nothing, as nothing is committed.
            const bool group_refused = m->err == RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED;
            if (group_refused && !request_.group) continue;
            if (code == ExitCode::not_found ||
                m->err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED || group_refused) {
                flush_and_store();
                throw kafka_error("consume", m->err, rd_kafka_message_errstr(m.get()));
            }
            continue;
        }
        if (request_.stop_at && !stops_.before_stop(topic, m->partition, m->offset)) {
            // At or past the stop (for -e: written after the end was learnt): not part
            // of this run.
            if (stops_.advance(topic, m->partition, m->offset)) reached_stop(topic, m->partition);
            continue;
        }
        ++summary.scanned;
        flow_->on_message(m->len + m->key_len);
        const MessageView view = view_of(m.get(), with_headers);
        const bool shown = !filtering || request_.filter.matches(view);
        if (shown) ++summary.matched;
        if (shown && tail) {
            tail->add(view);
        } else if (shown && !format_message(format, view, text)) {
            ++summary.dropped;
        } else if (shown) {
            // Flush here rather than inside the sink, so the offsets of what went out
            // are stored as it goes out, also while messages never stop arriving.
            if (unflushed_bytes_ + text.size() > flush_threshold && !flush_and_store()) break;
            unflushed_bytes_ += text.size();
            if (!sink_.write(text)) {
                output_closed_ = true;
                unflushed_.clear();
                unflushed_messages_ = 0;
                break;
            }
            ++unflushed_messages_;
            ++summary.messages;
            summary.bytes += static_cast<std::int64_t>(m->len + m->key_len);
        }
        // A message the filter passed over was read all the same: a group goes on after
        // it.
        record_position(topic, m->partition, m->offset + 1);
        if (request_.stop_at && stops_.advance(topic, m->partition, m->offset + 1))
            reached_stop(topic, m->partition);
        pending_output = true;
        if (request_.count && summary.messages >= *request_.count) done = true;
    }
    summary.interrupted = stop.load();
    // --tail: what was kept, oldest first, now that every partition reached its stop.
    if (tail && !output_closed_) {
        tail->for_each([&](const MessageView& view) {
            if (output_closed_) return;
            if (!format_message(format, view, text)) {
                ++summary.dropped;
                return;
            }
            if (!sink_.write(text)) {
                output_closed_ = true;
                unflushed_messages_ = 0;
                return;
            }
            ++unflushed_messages_;
            ++summary.messages;
            summary.bytes += static_cast<std::int64_t>((view.key ? view.key->size() : 0) +
                                                       (view.value ? view.value->size() : 0));
        });
    }
    if (!output_closed_) flush_and_store();
    summary.output_closed = output_closed_;
    summary.written = written_;
    std::exception_ptr failure = rebalance_failure_;
    if (request_.group && !failure) {
        try {
            commit();
        } catch (...) {
            failure = std::current_exception();
        }
    }
    close();
    if (failure) std::rethrow_exception(failure);
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
