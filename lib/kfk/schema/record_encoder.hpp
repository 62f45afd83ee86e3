#pragma once
// produce --encode: each record's value is JSON text (a line of --input text, or the
// "value" of a --input json line marked "value_encoding": "schema", as consume --decode
// writes it) and leaves as the schema-framed binary of one schema, chosen up front by
// id or by subject and version (default: subject TOPIC-value, latest).

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "kfk/codec/record.hpp"
#include "kfk/schema/value_codec.hpp"

namespace kfk {

struct EncodeSettings {
    SchemaFormat format = SchemaFormat::avro;
    std::optional<std::int32_t> schema_id;  // --schema-id
    std::optional<std::string> subject;     // --subject (default TOPIC-value)
    std::string version = "latest";         // --version
    AvroUnions unions = AvroUnions::plain;
};

using RecordTransform = std::function<std::optional<std::string>(Record&)>;

// Fetches the schema now (unknown id or subject: not found Error) and returns the
// transform: it replaces a record's value with its framed encoding, or returns why the
// value does not fit. A null value (tombstone) stays null.
RecordTransform record_encoder(RegistryClient& registry, const EncodeSettings& settings,
                               const std::string& topic);

}  // namespace kfk
