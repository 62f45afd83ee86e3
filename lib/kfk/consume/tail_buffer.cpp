#include "kfk/consume/tail_buffer.hpp"

#include <tuple>

namespace kfk {

namespace {

std::optional<std::string> copy_of(const std::optional<std::string_view>& bytes) {
    if (!bytes) return std::nullopt;
    return std::string(*bytes);
}

std::optional<std::string_view> view_of(const std::optional<std::string>& bytes) {
    if (!bytes) return std::nullopt;
    return std::string_view(*bytes);
}

}  // namespace

bool TailBuffer::Stored::operator<(const Stored& other) const {
    return std::tie(timestamp, topic, partition, offset) <
           std::tie(other.timestamp, other.topic, other.partition, other.offset);
}

bool TailBuffer::older(const MessageView& message, const Stored& than) {
    return std::make_tuple(message.timestamp, message.topic, message.partition, message.offset) <
           std::make_tuple(than.timestamp, std::string_view(than.topic), than.partition,
                           than.offset);
}

void TailBuffer::add(const MessageView& message) {
    if (capacity_ == 0) return;
    // Full and older than the oldest kept: not copied at all.
    if (messages_.size() >= capacity_ && older(message, *messages_.begin())) return;
    Stored s;
    s.timestamp = message.timestamp;
    s.topic = std::string(message.topic);
    s.partition = message.partition;
    s.offset = message.offset;
    s.timestamp_type = message.timestamp_type;
    s.key = copy_of(message.key);
    s.value = copy_of(message.value);
    for (const HeaderView& h : message.headers)
        s.headers.emplace_back(std::string(h.key), copy_of(h.value));
    messages_.insert(std::move(s));
    if (messages_.size() > capacity_) messages_.erase(messages_.begin());
}

void TailBuffer::for_each(const std::function<void(const MessageView&)>& visit) const {
    for (const Stored& s : messages_) {
        MessageView v;
        v.topic = s.topic;
        v.partition = s.partition;
        v.offset = s.offset;
        v.timestamp = s.timestamp;
        v.timestamp_type = s.timestamp_type;
        v.key = view_of(s.key);
        v.value = view_of(s.value);
        for (const auto& [name, value] : s.headers) v.headers.push_back({name, view_of(value)});
        visit(v);
    }
}

}  // namespace kfk
