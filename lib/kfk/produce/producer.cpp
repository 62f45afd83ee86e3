#include "kfk/produce/producer.hpp"

#include <algorithm>
#include <cstdint>
#include <thread>

#include "kfk/client/admin.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/duration.hpp"
#include "kfk/produce/pacer.hpp"

namespace kfk {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// After SIGINT, in-flight acknowledgements usually arrive within milliseconds; this is
// how long kfk waits for them at most (or --timeout, if shorter).
constexpr milliseconds interrupt_grace{5000};
constexpr milliseconds progress_interval{500};
// librdkafka's bounds for message.max.bytes.
constexpr std::int64_t min_message_max_bytes = 1000;
constexpr std::int64_t max_message_max_bytes = 1'000'000'000;

// A zero-length value or key must still be non-null on the wire: librdkafka tells
// empty from null by the pointer.
char empty_bytes[1] = {0};

// What -X, -F or the context set for `key` (the last one wins, as in librdkafka).
std::optional<std::string> user_value(const ClientConfig& config, std::string_view key) {
    std::optional<std::string> value;
    for (const Property& p : config.properties) {
        if (p.key == key) value = p.value;
    }
    return value;
}

const char* acks_value(Acks acks) {
    switch (acks) {
        case Acks::all:
            return "all";
        case Acks::leader:
            return "1";
        case Acks::none:
            return "0";
    }
    return "all";
}

class Session {
public:
    Session(const ClientConfig& config, const ProduceRequest& request, RecordSource& source,
            const std::atomic<bool>& stop, const ProduceHooks& hooks)
        : config_(config), request_(request), source_(source), stop_(stop), hooks_(hooks) {}

    ProduceSummary run();

private:
    void check_topic();
    ConfPtr producer_conf();
    void send(const Record& record);
    HeadersPtr headers_for(const Record& record) const;
    bool wait_until(Clock::time_point when);
    void wait_for_in_flight();
    void drain();
    void progress(bool force = false);
    std::string failure_reason(rd_kafka_resp_err_t err) const;
    static void on_delivery(rd_kafka_t* handle, const rd_kafka_message_t* message, void* opaque);

    const ClientConfig& config_;
    const ProduceRequest& request_;
    RecordSource& source_;
    const std::atomic<bool>& stop_;
    const ProduceHooks& hooks_;

    Clock::time_point start_ = Clock::now();
    Clock::time_point last_progress_ = start_;
    std::int32_t partition_count_ = 0;
    std::optional<std::int64_t> max_message_bytes_;  // the topic's max.message.bytes
    bool acknowledged_ = true;
    HandlePtr handle_;
    TopicPtr topic_;
    DeliveryTally tally_;
};

// Before any input is read: the topic and -p's partition must exist (exit 3), the
// cluster must answer within --timeout (exit 6), and the topic's max.message.bytes
// sizes the producer's batches.
void Session::check_topic() {
    Admin admin(config_);
    const ClusterMetadata md = admin.metadata({request_.topic});
    const auto topic =
        std::find_if(md.topics.begin(), md.topics.end(),
                     [&](const TopicMetadata& t) { return t.name == request_.topic; });
    if (topic == md.topics.end() || topic->partitions.empty()) {
        throw Error(ExitCode::not_found, "produce to " + request_.topic, "topic does not exist",
                    "create it with 'kfk topic create " + request_.topic + "'");
    }
    partition_count_ = static_cast<std::int32_t>(topic->partitions.size());
    if (request_.partition && *request_.partition >= partition_count_) {
        throw Error(ExitCode::not_found, "produce to " + request_.topic,
                    "partition " + std::to_string(*request_.partition) +
                        " does not exist (the topic has " + std::to_string(partition_count_) + ")");
    }
    try {
        // The map must outlive the loop: a range-for over a member of a temporary
        // (`topic_configs(...)[topic]`) would read freed memory (C++20 does not extend
        // the temporary's life).
        const auto configs = admin.topic_configs({request_.topic});
        if (const auto it = configs.find(request_.topic); it != configs.end()) {
            for (const ConfigEntry& entry : it->second) {
                if (entry.name == "max.message.bytes" && entry.value)
                    max_message_bytes_ = std::stoll(*entry.value);
            }
        }
    } catch (const std::exception&) {
        // Not allowed to describe configs (ACLs): librdkafka's default limit applies, and
        // an oversized batch is still reported per message by the broker.
    }
}

ConfPtr Session::producer_conf() {
    ConfPtr conf = make_conf(config_);
    // kfk's defaults give way to -X; the command's own flags do not.
    auto set = [&](const std::string& key, const std::string& value, bool is_default) {
        if (is_default && user_value(config_, key)) return;
        std::array<char, 512> why{};
        if (rd_kafka_conf_set(conf.get(), key.c_str(), value.c_str(), why.data(), why.size()) !=
            RD_KAFKA_CONF_OK) {
            throw_usage("produce: " + key + "=" + value, why.data());
        }
    };
    std::string acks = "all";
    if (request_.acks) {
        acks = acks_value(*request_.acks);
        set("acks", acks, false);
    } else if (auto set_by_user = user_value(config_, "acks")) {
        acks = *set_by_user;
    } else {
        set("acks", acks, true);
    }
    const bool acks_all = acks == "all" || acks == "-1";
    acknowledged_ = acks != "0";
    // Idempotence (no duplicates, order kept across retries) needs acks=all.
    set("enable.idempotence", acks_all ? "true" : "false", true);
    if (request_.compression) set("compression.codec", *request_.compression, false);
    // The Java client's default partitioner for keyed messages; keyless ones spread.
    set("partitioner", "murmur2_random", true);
    // Every message gets a delivery report within --timeout: success or failure.
    set("message.timeout.ms", std::to_string(std::max<std::int64_t>(config_.timeout.count(), 100)),
        true);
    if (max_message_bytes_) {
        // Batches never outgrow what the topic accepts, and a single message that
        // does not fit fails at once, naming its line, instead of failing its batch.
        set("message.max.bytes",
            std::to_string(
                std::clamp(*max_message_bytes_, min_message_max_bytes, max_message_max_bytes)),
            true);
    }
    if (request_.sync) set("linger.ms", "0", true);  // nothing to batch: one message at a time
    rd_kafka_conf_set_dr_msg_cb(conf.get(), on_delivery);
    rd_kafka_conf_set_opaque(conf.get(), this);
    return conf;
}

std::string Session::failure_reason(rd_kafka_resp_err_t err) const {
    switch (err) {
        case RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE:
            return max_message_bytes_ ? "larger than the topic's max.message.bytes (" +
                                            std::to_string(*max_message_bytes_) + ")"
                                      : "larger than the broker accepts (max.message.bytes)";
        case RD_KAFKA_RESP_ERR__MSG_TIMED_OUT:
            return "no acknowledgement within " + format_duration(config_.timeout) + " (--timeout)";
        case RD_KAFKA_RESP_ERR__PURGE_QUEUE:
            return "not sent: interrupted";
        case RD_KAFKA_RESP_ERR__PURGE_INFLIGHT:
            return "interrupted before its acknowledgement (may have been delivered)";
        case RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION:
            return "partition does not exist (the topic has " + std::to_string(partition_count_) +
                   ")";
        default:
            return rd_kafka_err2str(err);
    }
}

void Session::on_delivery(rd_kafka_t* handle, const rd_kafka_message_t* m, void*) {
    auto* self = static_cast<Session*>(rd_kafka_opaque(handle));
    const auto line = static_cast<std::int64_t>(reinterpret_cast<std::intptr_t>(m->_private));
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        self->tally_.delivered(static_cast<std::int64_t>(m->len + m->key_len));
        if (std::ostream* out = self->hooks_.acks) {
            *out << "line " << line << ": partition " << m->partition << " offset ";
            if (m->offset >= 0)
                *out << m->offset << '\n';
            else
                *out << "unknown (acks=0)\n";
        }
        return;
    }
    const std::string reason = self->failure_reason(m->err);
    self->tally_.failed(line, reason,
                        rd_kafka_message_status(m) == RD_KAFKA_MSG_STATUS_POSSIBLY_PERSISTED);
    if (std::ostream* out = self->hooks_.acks)
        *out << "line " << line << ": failed: " << reason << '\n';
}

HeadersPtr Session::headers_for(const Record& record) const {
    if (record.headers.empty() && request_.headers.empty()) return nullptr;
    HeadersPtr headers(rd_kafka_headers_new(record.headers.size() + request_.headers.size()));
    for (const auto* list : {&record.headers, &request_.headers}) {
        for (const Header& h : *list) {
            const void* value =
                h.value ? (h.value->empty() ? empty_bytes : h.value->data()) : nullptr;
            rd_kafka_header_add(headers.get(), h.key.data(), static_cast<ssize_t>(h.key.size()),
                                value, h.value ? static_cast<ssize_t>(h.value->size()) : 0);
        }
    }
    return headers;
}

void Session::send(const Record& record) {
    const std::int64_t line = source_.line();
    const std::int32_t partition =
        request_.partition ? *request_.partition
                           : (record.partition >= 0 ? record.partition : RD_KAFKA_PARTITION_UA);
    auto bytes = [](const std::optional<std::string>& b) -> std::pair<void*, std::size_t> {
        if (!b) return {nullptr, 0};
        return {b->empty() ? empty_bytes : const_cast<char*>(b->data()), b->size()};
    };
    const auto [value, value_size] = bytes(record.value);
    const auto [key, key_size] = bytes(record.key);
    for (;;) {
        HeadersPtr headers = headers_for(record);
        std::array<rd_kafka_vu_t, 8> vus{};
        std::size_t n = 0;
        vus[n].vtype = RD_KAFKA_VTYPE_RKT;
        vus[n++].u.rkt = topic_.get();
        vus[n].vtype = RD_KAFKA_VTYPE_PARTITION;
        vus[n++].u.i32 = partition;
        vus[n].vtype = RD_KAFKA_VTYPE_MSGFLAGS;
        vus[n++].u.i = RD_KAFKA_MSG_F_COPY;
        vus[n].vtype = RD_KAFKA_VTYPE_VALUE;
        vus[n].u.mem.ptr = value;
        vus[n++].u.mem.size = value_size;
        vus[n].vtype = RD_KAFKA_VTYPE_KEY;
        vus[n].u.mem.ptr = key;
        vus[n++].u.mem.size = key_size;
        vus[n].vtype = RD_KAFKA_VTYPE_OPAQUE;
        vus[n++].u.ptr = reinterpret_cast<void*>(static_cast<std::intptr_t>(line));
        vus[n].vtype = RD_KAFKA_VTYPE_TIMESTAMP;
        vus[n++].u.i64 = record.timestamp.value_or(0);  // 0: now
        if (headers) {
            vus[n].vtype = RD_KAFKA_VTYPE_HEADERS;
            vus[n++].u.headers = headers.get();
        }
        KafkaErrorPtr error(rd_kafka_produceva(handle_.get(), vus.data(), n));
        if (!error) {
            (void)headers.release();  // librdkafka owns them now
            tally_.sent();
            return;
        }
        const rd_kafka_resp_err_t err = rd_kafka_error_code(error.get());
        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            tally_.failed_unsent(line, failure_reason(err));
            return;
        }
        // The local queue is full: serve delivery reports until there is room.
        if (stop_.load(std::memory_order_relaxed)) {
            tally_.failed_unsent(line, failure_reason(RD_KAFKA_RESP_ERR__PURGE_QUEUE));
            return;
        }
        rd_kafka_poll(handle_.get(), 10);
        progress();
    }
}

// Serves delivery reports until `when`; false if interrupted first.
bool Session::wait_until(Clock::time_point when) {
    for (;;) {
        if (stop_.load(std::memory_order_relaxed)) return false;
        const auto left = when - Clock::now();
        if (left <= Clock::duration::zero()) return true;
        if (left >= milliseconds(1)) {
            rd_kafka_poll(handle_.get(),
                          static_cast<int>(std::min<std::int64_t>(
                              std::chrono::duration_cast<milliseconds>(left).count(), 100)));
        } else {
            std::this_thread::sleep_for(left);
        }
        progress();
    }
}

// --sync: the message just sent is acknowledged (or failed) before the next is read.
void Session::wait_for_in_flight() {
    while (tally_.in_flight() > 0 && !stop_.load(std::memory_order_relaxed)) {
        rd_kafka_poll(handle_.get(), 100);
        progress();
    }
}

// Waits for every outstanding delivery report. librdkafka reports each message within
// message.timeout.ms, so this ends on its own; after an interrupt it waits at most
// interrupt_grace, then purges what is left (reported as not delivered).
void Session::drain() {
    const auto hard_end = Clock::now() + config_.timeout + std::chrono::seconds(5);
    std::optional<Clock::time_point> interrupted_at;
    bool purged = false;
    while (tally_.in_flight() > 0 && Clock::now() < hard_end) {
        if (stop_.load(std::memory_order_relaxed) && !interrupted_at) interrupted_at = Clock::now();
        if (interrupted_at && !purged &&
            Clock::now() - *interrupted_at >=
                std::min<milliseconds>(interrupt_grace, config_.timeout)) {
            rd_kafka_purge(handle_.get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
            purged = true;
        }
        rd_kafka_poll(handle_.get(), 100);
        progress();
    }
    // Nothing unreported may count as delivered.
    for (std::int64_t i = tally_.in_flight(); i > 0; --i)
        tally_.failed(0, "no delivery report", true);
}

void Session::progress(bool force) {
    if (!hooks_.progress) return;
    const auto now = Clock::now();
    if (!force && now - last_progress_ < progress_interval) return;
    last_progress_ = now;
    hooks_.progress(ProduceProgress{tally_.sent_count(), tally_.delivered_count(),
                                    tally_.failed_count(),
                                    std::chrono::duration_cast<milliseconds>(now - start_)});
}

ProduceSummary Session::run() {
    check_topic();
    handle_ = make_handle(RD_KAFKA_PRODUCER, producer_conf());
    topic_.reset(rd_kafka_topic_new(handle_.get(), request_.topic.c_str(), nullptr));
    if (!topic_) throw kafka_error("produce to " + request_.topic, rd_kafka_last_error());
    source_.set_idle([this] {
        rd_kafka_poll(handle_.get(), 0);
        progress();
    });

    ProduceSummary summary;
    std::optional<Pacer> pacer;
    if (request_.rate) pacer.emplace(*request_.rate, Clock::now());
    Record record;
    std::int64_t index = 0;
    try {
        while (!stop_.load(std::memory_order_relaxed) && source_.next(record)) {
            // An interrupt ends the input where it stands: a read cut short returns the
            // partial line as if it were the last, and it is not sent.
            if (stop_.load(std::memory_order_relaxed)) break;
            if (pacer && !wait_until(pacer->slot(index))) {
                tally_.failed_unsent(source_.line(),
                                     failure_reason(RD_KAFKA_RESP_ERR__PURGE_QUEUE));
                break;
            }
            ++index;
            if (request_.transform) {
                if (auto why = request_.transform(record)) {
                    tally_.failed_unsent(source_.line(), *why);
                    continue;
                }
            }
            send(record);
            if (request_.sync) {
                wait_for_in_flight();
            } else if ((index & 63) == 0) {
                rd_kafka_poll(handle_.get(), 0);  // serve delivery reports as they come
                progress();
            }
        }
    } catch (const Error& error) {
        // A malformed record (or a read error) ends the input; what was sent is still
        // awaited and reported before the error.
        summary.input_error = error;
    }
    source_.set_idle(nullptr);
    drain();
    progress(true);
    topic_.reset();   // topic handles go before the client, or its destruction blocks
    handle_.reset();  // nothing is outstanding any more: returns at once

    summary.delivered = tally_.delivered_count();
    summary.failed = tally_.failed_count();
    summary.possibly_persisted = tally_.possibly_persisted();
    summary.bytes = tally_.bytes();
    summary.failures = tally_.failures();
    summary.skipped_empty = source_.skipped_empty();
    summary.skipped_invalid = source_.skipped_invalid();
    summary.invalid_examples = source_.invalid_examples();
    summary.acknowledged = acknowledged_;
    summary.interrupted = stop_.load();
    summary.elapsed = std::chrono::duration_cast<milliseconds>(Clock::now() - start_);
    return summary;
}

}  // namespace

ProduceSummary produce(const ClientConfig& config, const ProduceRequest& request,
                       RecordSource& source, const std::atomic<bool>& stop,
                       const ProduceHooks& hooks) {
    Session session(config, request, source, stop, hooks);
    return session.run();
}

}  // namespace kfk
