#include "kfk/schema/schema_format.hpp"

#include <string>

#include "kfk/error.hpp"

namespace kfk {

AvroUnions parse_avro_unions(std::string_view name) {
    return name == "tagged" ? AvroUnions::tagged : AvroUnions::plain;
}

const char* avro_unions_name(AvroUnions unions) {
    return unions == AvroUnions::tagged ? "tagged" : "plain";
}

std::optional<SchemaFormat> parse_schema_format(std::string_view name) {
    if (name == "avro") return SchemaFormat::avro;
    if (name == "protobuf") return SchemaFormat::protobuf;
    if (name == "json-schema") return SchemaFormat::json_schema;
    if (name == "auto") return SchemaFormat::automatic;
    return std::nullopt;
}

const char* schema_format_name(SchemaFormat format) {
    switch (format) {
        case SchemaFormat::avro:
            return "avro";
        case SchemaFormat::protobuf:
            return "protobuf";
        case SchemaFormat::json_schema:
            return "json-schema";
        case SchemaFormat::automatic:
            break;
    }
    return "auto";
}

PartFormat parse_part_format(std::string_view text, std::string_view flag) {
    const auto eq = text.find('=');
    const std::string_view part = text.substr(0, eq);
    PartFormat out;
    if (eq == std::string_view::npos || (part != "key" && part != "value")) {
        throw_usage(std::string(flag) + " " + std::string(text),
                    "expected key=FORMAT or value=FORMAT",
                    "FORMAT: avro, protobuf, json-schema or auto");
    }
    out.part = part == "key" ? MessagePart::key : MessagePart::value;
    const auto format = parse_schema_format(text.substr(eq + 1));
    if (!format) {
        throw_usage(std::string(flag) + " " + std::string(text),
                    "unknown format '" + std::string(text.substr(eq + 1)) + "'",
                    "avro, protobuf, json-schema or auto");
    }
    out.format = *format;
    return out;
}

}  // namespace kfk
