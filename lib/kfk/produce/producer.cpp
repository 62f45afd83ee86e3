#include "kfk/produce/producer.hpp"

#include <algorithm>
#include <cstdint>
#include <random>
#include <thread>

#include "kfk/client/admin.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/duration.hpp"
#include "kfk/murmur2.hpp"
#include "kfk/produce/pacer.hpp"
#include "kfk/produce/partition_batches.hpp"
#include "kfk/topic/topic_query.hpp"

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
constexpr std::int64_t default_message_max_bytes = 1'000'000;  // librdkafka's

// Where keyless records start: a random partition, as the Java client's sticky
// partitioner starts, so that many short runs spread over the partitions.
std::int32_t random_partition(std::int32_t count) {
    if (count <= 1) return 0;
    std::random_device seed;
    return std::uniform_int_distribution<std::int32_t>(0, count - 1)(seed);
}

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

// Whether batches are compressed: --compression, else the last -X compression.codec or
// its alias compression.type.
bool compressing(const ProduceRequest& request, const ClientConfig& config) {
    std::optional<std::string> codec = request.compression;
    for (const Property& p : config.properties) {
        if (!request.compression && (p.key == "compression.codec" || p.key == "compression.type"))
            codec = p.value;
    }
    return codec && *codec != "none";
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
    void send(const Record& record, std::int64_t line);
    bool batchable(const Record& record) const;
    void add_to_batch(const Record& record);
    void ship(std::vector<PartitionBatch> batches);
    void ship(PartitionBatch& batch);
    void ship_sendable();
    void flush_batches();
    void hand_over_rest();
    bool wait_for_room(std::size_t messages, std::int64_t bytes);
    void read_queue_limits();
    BatchLimits batch_limits() const;
    std::optional<std::int64_t> conf_number(const char* key) const;
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

    // Plain records (no headers, no timestamp of their own, no partition of their own)
    // are handed to librdkafka in batches: rd_kafka_produce_batch reads the clocks and
    // takes the topic lock once per batch instead of once per message. kfk places them
    // in partitions itself (murmur2, as librdkafka's murmur2_random would) and hands a
    // partition its next batch once its last one is acknowledged (PartitionBatches).
    // All batches go before any record that is not batchable, when the input has
    // nothing more to read at once, and at the end, so order and line accounting are
    // those of the input.
    std::optional<PartitionBatches> batches_;
    bool own_partitioning_ = false;          // false: librdkafka's partitioner, -X set
    std::vector<rd_kafka_message_t> batch_;  // reused across flushes
    std::int64_t bytes_in_flight_ = 0;       // key + value bytes librdkafka holds
    std::int64_t queue_max_messages_ = 100000;
    std::int64_t queue_max_bytes_ = std::int64_t{1} << 30;
};

// Before any input is read: the topic and -p's partition must exist (exit 3), the
// cluster must answer within --timeout (exit 6), and the topic's max.message.bytes
// sizes the producer's batches.
void Session::check_topic() {
    Admin admin(config_);
    const TopicMetadata topic = topic_metadata(admin, request_.topic, "produce");
    partition_count_ = static_cast<std::int32_t>(topic.partitions.size());
    if (request_.partition) find_partition(topic, *request_.partition, "produce");
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
        const std::int64_t topic_limit =
            std::clamp(*max_message_bytes_, min_message_max_bytes, max_message_max_bytes);
        if (compressing(request_, config_)) {
            // The broker checks a batch's compressed size, which is not known before
            // librdkafka compresses it: batches stay within the limit uncompressed, and
            // a larger message goes alone for the broker to judge (it may compress to
            // fit; if not, it fails naming its line).
            set("batch.size", std::to_string(topic_limit), true);
            set("message.max.bytes",
                std::to_string(std::max(topic_limit, default_message_max_bytes)), true);
        } else {
            // Batches never outgrow what the topic accepts, and a single message that
            // does not fit fails at once, naming its line, instead of failing its batch.
            set("message.max.bytes", std::to_string(topic_limit), true);
        }
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
    self->bytes_in_flight_ -= static_cast<std::int64_t>(m->len + m->key_len);
    if (self->own_partitioning_) self->batches_->reported(m->partition);
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

void Session::send(const Record& record, std::int64_t line) {
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
            bytes_in_flight_ += static_cast<std::int64_t>(value_size + key_size);
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

bool Session::batchable(const Record& record) const {
    return !request_.sync && !request_.rate && record.headers.empty() && request_.headers.empty() &&
           !record.timestamp && record.partition < 0;
}

void Session::add_to_batch(const Record& record) {
    std::int32_t partition = -1;  // keyless: PartitionBatches spreads them
    if (!own_partitioning_)
        partition = 0;  // one queue; librdkafka places each message
    else if (request_.partition)
        partition = *request_.partition;
    else if (record.key)
        partition = java_partition(*record.key, partition_count_);
    // One clock read per record (the clock was 8% of produce's CPU); batches that became
    // sendable go with the delivery reports served every 64 records (run()).
    const auto now = Clock::now();
    batches_->add(partition, record.key, record.value, source_.line(), now);
    if (!batches_->over_limit()) return;
    // Too much held back: wait for acknowledgements to free partitions, and after a
    // second without them (a partition without a leader), let librdkafka queue the rest.
    ship_sendable();
    const auto waited_since = now;
    while (batches_->over_limit()) {
        if (stop_.load(std::memory_order_relaxed)) return;
        if (Clock::now() - waited_since >= std::chrono::seconds(1)) {
            ship(batches_->take_full());
            return;
        }
        rd_kafka_poll(handle_.get(), 10);
        progress();
        ship_sendable();
    }
}

void Session::ship_sendable() { ship(batches_->take_sendable(Clock::now())); }

void Session::flush_batches() {
    if (batches_) ship(batches_->take_all());
}

// The input has ended: each partition still gets its batches one at a time, as its last
// one is acknowledged. An interrupt, or a second without any acknowledgement (a partition
// without a leader), hands over the rest at once.
void Session::hand_over_rest() {
    if (!batches_) return;
    auto acknowledged = tally_.delivered_count() + tally_.failed_count();
    auto last_ack = Clock::now();
    for (;;) {
        // No more records can join a batch, so none waits for linger: "now" is set past it.
        ship(batches_->take_sendable(Clock::now() + std::chrono::hours(1)));
        if (batches_->empty()) return;
        if (stop_.load(std::memory_order_relaxed) ||
            Clock::now() - last_ack >= std::chrono::seconds(1)) {
            ship(batches_->take_all());
            return;
        }
        rd_kafka_poll(handle_.get(), 10);
        progress();
        const auto now_acknowledged = tally_.delivered_count() + tally_.failed_count();
        if (now_acknowledged != acknowledged) {
            acknowledged = now_acknowledged;
            last_ack = Clock::now();
        }
    }
}

void Session::ship(std::vector<PartitionBatch> batches) {
    for (PartitionBatch& batch : batches) {
        ship(batch);
        batches_->recycle(std::move(batch));
    }
}

// A numeric property of the producer's configuration as librdkafka resolved it.
std::optional<std::int64_t> Session::conf_number(const char* key) const {
    std::array<char, 64> value{};
    std::size_t size = value.size();
    if (rd_kafka_conf_get(rd_kafka_conf(handle_.get()), key, value.data(), &size) !=
        RD_KAFKA_CONF_OK)
        return std::nullopt;
    return std::stoll(value.data());
}

// librdkafka's queue limits, so that a batch is only handed over when all of it fits.
void Session::read_queue_limits() {
    if (auto n = conf_number("queue.buffering.max.messages")) queue_max_messages_ = *n;
    if (auto kb = conf_number("queue.buffering.max.kbytes")) queue_max_bytes_ = *kb * 1024;
}

// What one request carries for a partition: librdkafka closes a batch at batch.size,
// batch.num.messages or message.max.bytes, whichever comes first.
BatchLimits Session::batch_limits() const {
    BatchLimits limits;
    if (auto n = conf_number("batch.num.messages")) limits.messages = static_cast<std::size_t>(*n);
    if (auto bytes = conf_number("batch.size")) limits.bytes = *bytes;
    if (auto most = conf_number("message.max.bytes")) limits.bytes = std::min(limits.bytes, *most);
    if (auto linger = conf_number("linger.ms")) limits.linger = milliseconds(*linger);
    return limits;
}

// Serves delivery reports until librdkafka's queue has room for `messages` of `bytes`
// (or holds nothing: a lone oversized message then gets its own error). False if
// interrupted first.
bool Session::wait_for_room(std::size_t messages, std::int64_t bytes) {
    while (tally_.in_flight() > 0 &&
           (tally_.in_flight() + static_cast<std::int64_t>(messages) > queue_max_messages_ ||
            bytes_in_flight_ + bytes > queue_max_bytes_)) {
        if (stop_.load(std::memory_order_relaxed)) return false;
        rd_kafka_poll(handle_.get(), 10);
        progress();
    }
    return true;
}

void Session::ship(PartitionBatch& batch) {
    const std::vector<BatchEntry>& entries = batch.entries;
    if (entries.empty()) return;
    const std::size_t n = entries.size();
    const auto bytes = static_cast<std::int64_t>(batch.bytes.size());
    if (!wait_for_room(n, bytes)) {
        for (const BatchEntry& p : entries)
            tally_.failed_unsent(p.line, failure_reason(RD_KAFKA_RESP_ERR__PURGE_QUEUE));
        return;
    }
    batch_.assign(n, rd_kafka_message_t{});
    char* base = batch.bytes.data();
    for (std::size_t i = 0; i < n; ++i) {
        const BatchEntry& p = entries[i];
        rd_kafka_message_t& m = batch_[i];
        m.payload = p.value_null ? nullptr : (p.value_size ? base + p.value_at : empty_bytes);
        m.len = p.value_size;
        m.key = p.key_null ? nullptr : (p.key_size ? base + p.key_at : empty_bytes);
        m.key_len = p.key_size;
        m._private = reinterpret_cast<void*>(static_cast<std::intptr_t>(p.line));
    }
    const std::int32_t partition =
        own_partitioning_ ? batch.partition
                          : (request_.partition ? *request_.partition : RD_KAFKA_PARTITION_UA);
    rd_kafka_produce_batch(topic_.get(), partition, RD_KAFKA_MSG_F_COPY, batch_.data(),
                           static_cast<int>(n));
    std::int64_t accepted = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const rd_kafka_message_t& m = batch_[i];
        if (m.err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            tally_.sent();
            ++accepted;
            bytes_in_flight_ += static_cast<std::int64_t>(m.len + m.key_len);
        } else if (m.err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            // Not expected: wait_for_room made room for the whole batch, and only this
            // thread adds messages. Should it happen, the message is sent alone.
            Record record;
            if (m.payload) record.value.emplace(static_cast<const char*>(m.payload), m.len);
            if (m.key) record.key.emplace(static_cast<const char*>(m.key), m.key_len);
            if (partition >= 0) record.partition = partition;
            send(record, entries[i].line);
        } else {
            tally_.failed_unsent(entries[i].line, failure_reason(m.err));
        }
    }
    if (own_partitioning_) batches_->in_flight(partition, accepted);
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
    read_queue_limits();
    // Placing records in partitions needs librdkafka's partitioner to be kfk's.
    const std::optional<std::string> partitioner = user_value(config_, "partitioner");
    own_partitioning_ = !partitioner || *partitioner == "murmur2_random";
    batches_.emplace(own_partitioning_ ? partition_count_ : 1, batch_limits(),
                     random_partition(partition_count_));
    // The input has nothing more at once: what was read goes out now (`tail -f`).
    source_.set_idle([this] {
        flush_batches();
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
            // Interrupted while waiting for its --rate slot: this record was never handed
            // to librdkafka, so it is no more "failed" than the lines not yet read.
            if (pacer && !wait_until(pacer->slot(index))) break;
            ++index;
            if (request_.transform) {
                if (auto why = request_.transform(record)) {
                    tally_.failed_unsent(source_.line(), *why);
                    continue;
                }
            }
            if (batchable(record)) {
                add_to_batch(record);
            } else {
                flush_batches();  // what came before goes first
                send(record, source_.line());
            }
            if (request_.sync) {
                wait_for_in_flight();
            } else if ((index & 63) == 0) {
                rd_kafka_poll(handle_.get(), 0);  // serve delivery reports as they come
                progress();
                ship_sendable();
            }
        }
    } catch (const Error& error) {
        // A malformed record (or a read error) ends the input; what was sent is still
        // awaited and reported before the error.
        summary.input_error = error;
    }
    hand_over_rest();  // records read before an interrupt or a malformed line still go
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
