#include "kfk/consume/message_json.hpp"

#include "kfk/codec/base64.hpp"
#include "kfk/codec/utf8.hpp"

namespace kfk {

namespace {

using nlohmann::ordered_json;

// Sets j[name] to the bytes, as text or base64 with j[name + "_encoding"].
void put_bytes(ordered_json& j, const std::string& name,
               const std::optional<std::string_view>& bytes) {
    if (!bytes) {
        j[name] = nullptr;
    } else if (is_valid_utf8(*bytes)) {
        j[name] = std::string(*bytes);
    } else {
        j[name] = base64_encode(*bytes);
        j[name + "_encoding"] = "base64";
    }
}

const char* type_name(TimestampType type) {
    switch (type) {
        case TimestampType::create_time:
            return "create_time";
        case TimestampType::log_append_time:
            return "log_append_time";
        case TimestampType::not_available:
            break;
    }
    return nullptr;
}

}  // namespace

ordered_json message_json(const MessageView& m) {
    ordered_json j;
    j["topic"] = std::string(m.topic);
    // A record not yet written (produce's side of a copy) has neither: null, as JSON says
    // "unknown", which the reader takes back as such.
    j["partition"] = m.partition >= 0 ? ordered_json(m.partition) : ordered_json(nullptr);
    j["offset"] = m.offset >= 0 ? ordered_json(m.offset) : ordered_json(nullptr);
    j["timestamp"] = m.timestamp >= 0 ? ordered_json(m.timestamp) : ordered_json(nullptr);
    const char* type = type_name(m.timestamp_type);
    j["timestamp_type"] = type ? ordered_json(type) : ordered_json(nullptr);
    put_bytes(j, "key", m.key);
    put_bytes(j, "value", m.value);
    ordered_json headers = ordered_json::array();
    for (const HeaderView& h : m.headers) {
        ordered_json header{{"key", std::string(h.key)}};
        put_bytes(header, "value", h.value);
        headers.push_back(std::move(header));
    }
    j["headers"] = std::move(headers);
    return j;
}

void append_message_json(const MessageView& message, std::string& out) {
    out += message_json(message).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace kfk
