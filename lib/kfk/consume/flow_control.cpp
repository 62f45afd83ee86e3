#include "kfk/consume/flow_control.hpp"

namespace kfk {

namespace {
constexpr std::size_t sample_every = 1000;  // messages
}

FlowControl::FlowControl(rd_kafka_t* handle)
    : handle_(handle), queue_(rd_kafka_queue_get_consumer(handle)) {}

void FlowControl::on_message(std::size_t bytes) {
    bytes_since_sample_ += bytes;
    if (++since_sample_ < sample_every) return;
    // The queue's length counts messages; its bytes are estimated from the messages
    // just read. Near a bound (90%), librdkafka will stop fetching for a second.
    const std::size_t length = queue_ ? rd_kafka_queue_length(queue_.get()) : 0;
    const std::size_t average = bytes_since_sample_ / since_sample_;
    if (length * 10 >= queued_messages * 9 || length * average * 10 >= queued_kbytes * 1024 * 9)
        held_back_ = true;
    since_sample_ = 0;
    bytes_since_sample_ = 0;
}

void FlowControl::on_drained(const std::set<std::pair<std::string, std::int32_t>>& partitions) {
    if (!held_back_ || partitions.empty()) return;
    held_back_ = false;
    TopicPartitionListPtr list(
        rd_kafka_topic_partition_list_new(static_cast<int>(partitions.size())));
    for (const auto& [topic, partition] : partitions)
        rd_kafka_topic_partition_list_add(list.get(), topic.c_str(), partition);
    // Where kfk goes on in each partition: after the last message it was given. A
    // partition it was given nothing from yet has no position and is left alone (a seek
    // to no position would start it over).
    rd_kafka_position(handle_, list.get());
    TopicPartitionListPtr seek(rd_kafka_topic_partition_list_new(list->cnt));
    for (int i = 0; i < list->cnt; ++i) {
        const auto& p = list->elems[i];
        if (p.offset >= 0)
            rd_kafka_topic_partition_list_add(seek.get(), p.topic, p.partition)->offset = p.offset;
    }
    // A seek (unlike resume) ends librdkafka's backoff; to the position, with nothing
    // queued, it loses and repeats nothing.
    if (seek->cnt == 0) return;
    if (rd_kafka_error_t* error = rd_kafka_seek_partitions(handle_, seek.get(), 0))
        rd_kafka_error_destroy(error);
}

}  // namespace kfk
