#pragma once
// RAII ownership of every librdkafka C object kfk creates, in one place: each object
// type is a std::unique_ptr that calls librdkafka's own destroy function for it.

#include <librdkafka/rdkafka.h>

#include <memory>

namespace kfk {

// Calls `destroy` on the pointer a unique_ptr releases.
template <auto destroy>
struct Destroy {
    template <class T>
    void operator()(T* object) const noexcept {
        destroy(object);
    }
};

template <class T, auto destroy>
using Owned = std::unique_ptr<T, Destroy<destroy>>;

// Clients and what they hand out.
using ConfPtr = Owned<rd_kafka_conf_t, rd_kafka_conf_destroy>;
using HandlePtr = Owned<rd_kafka_t, rd_kafka_destroy>;
using MetadataPtr = Owned<const rd_kafka_metadata_t, rd_kafka_metadata_destroy>;
using QueuePtr = Owned<rd_kafka_queue_t, rd_kafka_queue_destroy>;
using EventPtr = Owned<rd_kafka_event_t, rd_kafka_event_destroy>;
// Topic handles must go before their client handle, or its destruction blocks.
using TopicPtr = Owned<rd_kafka_topic_t, rd_kafka_topic_destroy>;
using TopicPartitionListPtr =
    Owned<rd_kafka_topic_partition_list_t, rd_kafka_topic_partition_list_destroy>;
using HeadersPtr = Owned<rd_kafka_headers_t, rd_kafka_headers_destroy>;
using KafkaErrorPtr = Owned<rd_kafka_error_t, rd_kafka_error_destroy>;

// Admin requests.
using AdminOptionsPtr = Owned<rd_kafka_AdminOptions_t, rd_kafka_AdminOptions_destroy>;
using NewTopicPtr = Owned<rd_kafka_NewTopic_t, rd_kafka_NewTopic_destroy>;
using DeleteTopicPtr = Owned<rd_kafka_DeleteTopic_t, rd_kafka_DeleteTopic_destroy>;
using NewPartitionsPtr = Owned<rd_kafka_NewPartitions_t, rd_kafka_NewPartitions_destroy>;
using ConfigResourcePtr = Owned<rd_kafka_ConfigResource_t, rd_kafka_ConfigResource_destroy>;
// An ACL binding and an ACL binding filter are the same librdkafka type.
using AclBindingPtr = Owned<rd_kafka_AclBinding_t, rd_kafka_AclBinding_destroy>;
using DeleteRecordsPtr = Owned<rd_kafka_DeleteRecords_t, rd_kafka_DeleteRecords_destroy>;
using DeleteGroupOffsetsPtr =
    Owned<rd_kafka_DeleteConsumerGroupOffsets_t, rd_kafka_DeleteConsumerGroupOffsets_destroy>;

// Consumer groups.
using GroupListPtr = Owned<const rd_kafka_group_list, rd_kafka_group_list_destroy>;
using ListGroupOffsetsPtr =
    Owned<rd_kafka_ListConsumerGroupOffsets_t, rd_kafka_ListConsumerGroupOffsets_destroy>;
using AlterGroupOffsetsPtr =
    Owned<rd_kafka_AlterConsumerGroupOffsets_t, rd_kafka_AlterConsumerGroupOffsets_destroy>;
using DeleteGroupPtr = Owned<rd_kafka_DeleteGroup_t, rd_kafka_DeleteGroup_destroy>;

}  // namespace kfk
