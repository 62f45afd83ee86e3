#pragma once
// RAII ownership of the librdkafka objects the group operations create.

#include <librdkafka/rdkafka.h>

#include <memory>

namespace kfk {

struct GroupListDeleter {
    void operator()(const rd_kafka_group_list* list) const noexcept { rd_kafka_group_list_destroy(list); }
};
struct ListGroupOffsetsDeleter {
    void operator()(rd_kafka_ListConsumerGroupOffsets_t* r) const noexcept { rd_kafka_ListConsumerGroupOffsets_destroy(r); }
};
struct AlterGroupOffsetsDeleter {
    void operator()(rd_kafka_AlterConsumerGroupOffsets_t* r) const noexcept {
        rd_kafka_AlterConsumerGroupOffsets_destroy(r);
    }
};
struct DeleteGroupDeleter {
    void operator()(rd_kafka_DeleteGroup_t* r) const noexcept { rd_kafka_DeleteGroup_destroy(r); }
};

using GroupListPtr = std::unique_ptr<const rd_kafka_group_list, GroupListDeleter>;
using ListGroupOffsetsPtr = std::unique_ptr<rd_kafka_ListConsumerGroupOffsets_t, ListGroupOffsetsDeleter>;
using AlterGroupOffsetsPtr = std::unique_ptr<rd_kafka_AlterConsumerGroupOffsets_t, AlterGroupOffsetsDeleter>;
using DeleteGroupPtr = std::unique_ptr<rd_kafka_DeleteGroup_t, DeleteGroupDeleter>;

}  // namespace kfk
