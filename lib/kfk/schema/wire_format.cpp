#include "kfk/schema/wire_format.hpp"

#include <cstdio>

namespace kfk {

namespace {

// Zigzag varints, as Protobuf's sint32.
bool read_varint(std::string_view& rest, std::int64_t& out) {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (rest.empty()) return false;
        const auto byte = static_cast<unsigned char>(rest.front());
        rest.remove_prefix(1);
        value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) {
            out = static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
            return true;
        }
    }
    return false;
}

void write_varint(std::string& out, std::int64_t signed_value) {
    auto value = static_cast<std::uint64_t>((signed_value << 1) ^ (signed_value >> 63));
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

}  // namespace

std::optional<Framed> unframe(std::string_view bytes, std::string& why) {
    if (bytes.empty()) {
        why = "not schema-framed: empty";
        return std::nullopt;
    }
    if (bytes[0] != 0) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(bytes[0]));
        why = std::string("not schema-framed: first byte ") + hex + ", not 0";
        return std::nullopt;
    }
    if (bytes.size() < 5) {
        why =
            "not schema-framed: " + std::to_string(bytes.size()) + " bytes, shorter than a header";
        return std::nullopt;
    }
    Framed framed;
    std::uint32_t id = 0;
    for (int i = 1; i <= 4; ++i) id = (id << 8) | static_cast<unsigned char>(bytes[i]);
    framed.id = static_cast<std::int32_t>(id);
    framed.rest = bytes.substr(5);
    return framed;
}

std::optional<std::vector<std::int32_t>> read_message_indexes(std::string_view& rest) {
    std::int64_t count = 0;
    if (!read_varint(rest, count) || count < 0 || count > 64) return std::nullopt;
    if (count == 0) return std::vector<std::int32_t>{0};
    std::vector<std::int32_t> path;
    for (std::int64_t i = 0; i < count; ++i) {
        std::int64_t index = 0;
        if (!read_varint(rest, index) || index < 0) return std::nullopt;
        path.push_back(static_cast<std::int32_t>(index));
    }
    return path;
}

std::string frame_header(std::int32_t id) {
    const auto u = static_cast<std::uint32_t>(id);
    return std::string{'\0', static_cast<char>(u >> 24), static_cast<char>(u >> 16),
                       static_cast<char>(u >> 8), static_cast<char>(u)};
}

std::string message_indexes(const std::vector<std::int32_t>& path) {
    std::string out;
    if (path.size() == 1 && path[0] == 0) return std::string(1, '\0');
    write_varint(out, static_cast<std::int64_t>(path.size()));
    for (std::int32_t index : path) write_varint(out, index);
    return out;
}

}  // namespace kfk
