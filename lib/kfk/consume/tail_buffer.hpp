#pragma once
// `consume --tail N`: the newest N messages seen, across partitions, kept as copies
// (librdkafka's buffers go back as soon as a message is looked at) and handed out in
// timestamp order at the end. Newest means the latest timestamp; ties go by topic,
// partition and offset, so the order is the same on every run.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "kfk/consume/message_view.hpp"

namespace kfk {

class TailBuffer {
public:
    explicit TailBuffer(std::size_t capacity) : capacity_(capacity) {}

    // Keeps a copy of `message` if it is among the newest `capacity` seen so far.
    void add(const MessageView& message);

    std::size_t size() const { return messages_.size(); }

    // The kept messages, oldest first.
    void for_each(const std::function<void(const MessageView&)>& visit) const;

private:
    struct Stored {
        std::int64_t timestamp = -1;
        std::string topic;
        std::int32_t partition = -1;
        std::int64_t offset = -1;
        TimestampType timestamp_type = TimestampType::not_available;
        std::optional<std::string> key;
        std::optional<std::string> value;
        std::vector<std::pair<std::string, std::optional<std::string>>> headers;
        bool operator<(const Stored& other) const;
    };
    static bool older(const MessageView& message, const Stored& than);

    std::size_t capacity_;
    std::set<Stored> messages_;
};

}  // namespace kfk
