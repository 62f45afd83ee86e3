#pragma once
// The schema settings both sides of the schema module share: which format a message
// part is decoded or encoded as (--decode, --encode) and how Avro unions read as JSON.
// Plain values only, so kfk's main side can parse flags without the codecs' libraries.

#include <optional>
#include <string_view>

namespace kfk {

// Avro unions as JSON (kfk-consume(1)): `plain` writes a union's value as its branch's
// value; `tagged` is Avro's own JSON encoding, {"string": "x"}.
enum class AvroUnions { plain, tagged };

// --avro-unions: "tagged" is tagged, anything else plain (CLI11 checks the word).
AvroUnions parse_avro_unions(std::string_view name);
const char* avro_unions_name(AvroUnions unions);

enum class SchemaFormat { avro, protobuf, json_schema, automatic };

// "avro", "protobuf", "json-schema", "auto"; nullopt for anything else.
std::optional<SchemaFormat> parse_schema_format(std::string_view name);
const char* schema_format_name(SchemaFormat format);

enum class MessagePart { key, value };

struct PartFormat {
    MessagePart part = MessagePart::value;
    SchemaFormat format = SchemaFormat::avro;
};

// "value=avro", "key=auto", ... (--decode, --encode); a usage Error naming `flag` else.
PartFormat parse_part_format(std::string_view text, std::string_view flag);

}  // namespace kfk
