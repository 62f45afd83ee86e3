#include "kfk/client/message_peek.hpp"

#include "kfk/client/message_headers.hpp"
#include "kfk/client/owned.hpp"
#include "kfk/client/rdkafka_handle.hpp"

namespace kfk {

namespace {

using Key = std::pair<std::string, std::int32_t>;

ClientConfig peek_config(ClientConfig config) {
    auto set = [&](std::string key, std::string value) {
        config.properties.push_back({std::move(key), std::move(value)});
    };
    // assign() needs a group.id in librdkafka 2.0.2; this one is never joined (no
    // subscribe) and nothing is committed under it.
    set("group.id", "kfk-no-group");
    set("enable.auto.commit", "false");
    set("enable.auto.offset.store", "false");
    // A deleted offset is an answer ("out of range"), not a silent jump elsewhere.
    set("auto.offset.reset", "error");
    set("isolation.level", "read_uncommitted");
    // One message is wanted: the broker still returns one whole batch when it is larger.
    set("fetch.message.max.bytes", "1024");
    set("queued.min.messages", "1");
    set("fetch.wait.max.ms", "100");
    return config;
}

std::size_t message_bytes(const rd_kafka_message_t* m) {
    std::size_t bytes = m->len + m->key_len;
    for_each_header(m, [&](std::string_view name, const char*, std::size_t size) {
        bytes += name.size() + size;
    });
    return bytes;
}

}  // namespace

PeekResult peek_messages(const ClientConfig& config, const std::map<Key, std::int64_t>& offsets,
                         const Deadline& deadline) {
    PeekResult result;
    if (offsets.empty()) return result;
    HandlePtr handle = make_handle(RD_KAFKA_CONSUMER, make_conf(peek_config(config)));
    TopicPartitionListPtr list(rd_kafka_topic_partition_list_new(static_cast<int>(offsets.size())));
    for (const auto& [key, offset] : offsets)
        rd_kafka_topic_partition_list_add(list.get(), key.first.c_str(), key.second)->offset =
            offset;
    rd_kafka_assign(handle.get(), list.get());

    std::size_t answered = 0;
    while (answered < offsets.size() && !deadline.expired()) {
        rd_kafka_message_t* raw =
            rd_kafka_consumer_poll(handle.get(), std::min(100, deadline.remaining_ms()));
        if (!raw) continue;
        const Owned<rd_kafka_message_t, rd_kafka_message_destroy> message(raw);
        if (!raw->rkt) continue;  // a client-level event, not about one partition
        const Key key{rd_kafka_topic_name(raw->rkt), raw->partition};
        if (!offsets.contains(key) || result.messages.contains(key) || result.errors.contains(key))
            continue;
        if (raw->err) {
            result.errors[key] = raw->err == RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET
                                     ? "offset out of range"
                                     : rd_kafka_err2str(raw->err);
        } else {
            rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
            const std::int64_t ts = rd_kafka_message_timestamp(raw, &type);
            result.messages[key] = {raw->offset, ts >= 0 ? std::optional(ts) : std::nullopt,
                                    message_bytes(raw)};
        }
        ++answered;
        // Stop fetching what is answered, so the rest get the fetch responses.
        TopicPartitionListPtr done(rd_kafka_topic_partition_list_new(1));
        rd_kafka_topic_partition_list_add(done.get(), key.first.c_str(), key.second);
        rd_kafka_pause_partitions(handle.get(), done.get());
    }
    rd_kafka_assign(handle.get(), nullptr);
    rd_kafka_consumer_close(handle.get());
    return result;
}

}  // namespace kfk
