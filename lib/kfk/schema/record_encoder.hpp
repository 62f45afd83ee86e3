#pragma once
// produce --encode: a record's value (and, asked for, its key) is JSON text (a line of
// --input text, or the "value"/"key" of a --input json line marked "..._encoding":
// "schema", as consume --decode writes it) and leaves as the schema-framed binary of one
// schema per part, chosen up front: the value's by id or by subject and version (default
// subject TOPIC-value, latest), the key's as the latest of TOPIC-key (Confluent's
// default subject naming). The encoding happens in the schema module (module_codecs.hpp).

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kfk/codec/record.hpp"
#include "kfk/schema/registry_config.hpp"
#include "kfk/schema/schema_format.hpp"

namespace kfk {

struct EncodeSettings {
    MessagePart part = MessagePart::value;
    SchemaFormat format = SchemaFormat::avro;
    std::optional<std::int32_t> schema_id;  // --schema-id (the value only)
    std::optional<std::string> subject;     // --subject (default TOPIC-value / TOPIC-key)
    std::string version = "latest";         // --version
    AvroUnions unions = AvroUnions::plain;
};

using RecordTransform = std::function<std::optional<std::string>(Record&)>;

// Loads the schema module and fetches the schemas now (unknown id or subject: not found
// Error) and returns the transform: it replaces each named part of a record with its
// framed encoding, or returns why a part does not fit (a key's reason starts with
// "key: "). A null part (a tombstone's value, a record without key) stays null.
RecordTransform record_encoder(const RegistryConfig& registry,
                               const std::vector<EncodeSettings>& parts, const std::string& topic);

}  // namespace kfk
