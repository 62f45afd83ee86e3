#include "kfk/codec/record_json.hpp"

#include <limits>
#include <nlohmann/json.hpp>

#include "kfk/codec/base64.hpp"
#include "kfk/consume/message_json.hpp"

namespace kfk {

MessageView view_of(const Record& record) {
    MessageView v;
    v.topic = record.topic;
    v.partition = record.partition;
    v.offset = record.offset;
    v.timestamp = record.timestamp.value_or(-1);
    v.timestamp_type = record.timestamp_type;
    if (record.key) v.key = *record.key;
    if (record.value) v.value = *record.value;
    v.headers.reserve(record.headers.size());
    for (const Header& h : record.headers) {
        HeaderView hv{h.key, std::nullopt};
        if (h.value) hv.value = *h.value;
        v.headers.push_back(hv);
    }
    return v;
}

std::string encode_record_json(const Record& record) {
    // One encoder for both directions of the copy: consume's.
    std::string out;
    append_message_json(view_of(record), out);
    return out;
}

namespace {

// Ordered: a "schema" value is passed on as JSON text with its keys in the order given.
using json = nlohmann::ordered_json;

// A problem with the line, carried out of the nested readers below.
struct Invalid {
    std::string why;
};

// `name` (with "<name>_encoding" beside it in `object`) as bytes: a string, base64
// when marked so, null/absent, or — marked "schema", as consume --decode writes — the
// compact JSON text of any value, which produce --encode turns into framed bytes.
std::optional<std::string> read_bytes(const json& object, const std::string& name,
                                      const std::string& where) {
    const auto it = object.find(name);
    const std::string encoding_name = name + "_encoding";
    const auto encoding = object.find(encoding_name);
    bool base64 = false;
    if (encoding != object.end() && !encoding->is_null()) {
        const bool known =
            encoding->is_string() && (*encoding == "base64" || *encoding == "schema");
        if (!known)
            throw Invalid{where + encoding_name + " must be \"base64\", \"schema\" or absent"};
        if (*encoding == "schema") {
            if (it == object.end() || it->is_null()) return std::nullopt;
            return it->dump();
        }
        base64 = true;
    }
    if (it == object.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) {
        throw Invalid{where + name + " must be a string or null, not " +
                      std::string(it->type_name())};
    }
    const std::string& text = it->get_ref<const std::string&>();
    if (!base64) return text;
    std::optional<std::string> bytes = base64_decode(text);
    if (!bytes) throw Invalid{where + name + " is not valid base64"};
    return bytes;
}

std::int64_t read_integer(const json& value, const char* name, std::int64_t max) {
    if (!value.is_number_integer() ||
        (value.is_number_unsigned() &&
         value.get<std::uint64_t>() > static_cast<std::uint64_t>(max)) ||
        value.get<std::int64_t>() < 0 || value.get<std::int64_t>() > max) {
        throw Invalid{std::string(name) + " must be an integer from 0 to " + std::to_string(max)};
    }
    return value.get<std::int64_t>();
}

TimestampType read_timestamp_type(const json& value) {
    if (value.is_null()) return TimestampType::not_available;
    if (value == "create_time") return TimestampType::create_time;
    if (value == "log_append_time") return TimestampType::log_append_time;
    throw Invalid{"timestamp_type must be \"create_time\", \"log_append_time\" or null"};
}

// Every field consume -o jsonl writes; anything else on a line is a mistake.
constexpr const char* known_fields =
    "topic, partition, offset, timestamp, timestamp_type, key, key_encoding, key_schema_id, "
    "value, value_encoding, value_schema_id, headers";

bool known_field(std::string_view name) {
    // *_schema_id: what consume --decode read a part with. It says nothing about how to
    // write it (produce --encode's flags choose the schema), so it is accepted and left.
    for (std::string_view known :
         {"key", "key_encoding", "key_schema_id", "value", "value_encoding", "value_schema_id"}) {
        if (name == known) return true;
    }
    return false;  // the others are handled by name in decode_record_json
}

void read_headers(const json& headers, std::vector<Header>& out) {
    if (headers.is_null()) return;
    if (!headers.is_array())
        throw Invalid{"headers must be a list of {\"key\", \"value\"} objects"};
    for (std::size_t i = 0; i < headers.size(); ++i) {
        const json& h = headers[i];
        const std::string where = "headers[" + std::to_string(i) + "].";
        if (!h.is_object()) throw Invalid{"headers must be a list of {\"key\", \"value\"} objects"};
        const auto key = h.find("key");
        if (key == h.end() || !key->is_string()) throw Invalid{where + "key must be a string"};
        for (const auto& [name, ignored] : h.items()) {
            if (name != "key" && name != "value" && name != "value_encoding") {
                throw Invalid{where + name + " is not a header field (key, value, value_encoding)"};
            }
        }
        out.push_back(Header{key->get<std::string>(), read_bytes(h, "value", where)});
    }
}

}  // namespace

std::optional<std::string> decode_record_json(std::string_view line, Record& out) {
    out = Record{};
    json j;
    try {
        j = json::parse(line);
    } catch (const json::parse_error& e) {
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
        // error ..." -> the part after the last "error: " or the whole text.
        std::string why = e.what();
        if (const auto at = why.find("parse error"); at != std::string::npos) why = why.substr(at);
        return "invalid JSON: " + why;
    } catch (const json::exception& e) {
        // A number too large for a double ("1e99999") is out_of_range, not parse_error.
        std::string why = e.what();
        if (const auto at = why.find("] "); at != std::string::npos) why = why.substr(at + 2);
        return "invalid JSON: " + why;
    }
    if (!j.is_object()) return std::string("expected a JSON object, got ") + j.type_name();
    try {
        for (const auto& [name, value] : j.items()) {
            if (name == "topic") {
                if (!value.is_null() && !value.is_string()) throw Invalid{"topic must be a string"};
                if (value.is_string()) out.topic = value.get<std::string>();
            } else if (name == "partition") {
                if (!value.is_null()) {
                    out.partition = static_cast<std::int32_t>(
                        read_integer(value, "partition", std::numeric_limits<std::int32_t>::max()));
                }
            } else if (name == "offset") {
                if (!value.is_null())
                    out.offset =
                        read_integer(value, "offset", std::numeric_limits<std::int64_t>::max());
            } else if (name == "timestamp") {
                if (!value.is_null())
                    out.timestamp =
                        read_integer(value, "timestamp", std::numeric_limits<std::int64_t>::max());
            } else if (name == "timestamp_type") {
                out.timestamp_type = read_timestamp_type(value);
            } else if (name == "headers") {
                read_headers(value, out.headers);
            } else if (!known_field(name)) {
                // A typo ("vlaue") would otherwise send a null value and succeed.
                throw Invalid{"unknown field \"" + name + "\" (known: " + known_fields + ")"};
            }
        }
        out.key = read_bytes(j, "key", "");
        out.value = read_bytes(j, "value", "");
    } catch (const Invalid& invalid) {
        return invalid.why;
    }
    return std::nullopt;
}

}  // namespace kfk
