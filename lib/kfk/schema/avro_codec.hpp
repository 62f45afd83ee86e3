#pragma once
// Avro binary ⇄ JSON for one writer schema, on avro-c (kept behind this pimpl).
//
// JSON conventions (documented in kfk-consume(1) and README):
// - unions: `plain` (the default) writes a union's value as its branch's value ("x", 5,
//   null); reading plain JSON picks the first branch the value fits. `tagged` writes and
//   reads Avro's own JSON encoding: {"string": "x"}, {"com.acme.Point": {...}}, null.
// - bytes and fixed: strings whose code points 0-255 are the bytes (Avro's JSON encoding).
// - enums: the symbol; maps: objects; records: objects with every field.

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/schema/registry_client.hpp"
#include "kfk/schema/schema_format.hpp"

namespace kfk {

class AvroCodec {
public:
    // Parses `schema` (its references' named types available to it); an unparsable
    // schema is a kafka_error naming the schema id.
    AvroCodec(const Schema& schema, AvroUnions unions);
    ~AvroCodec();
    AvroCodec(const AvroCodec&) = delete;
    AvroCodec& operator=(const AvroCodec&) = delete;

    // Decodes one Avro datum (the payload after the frame). Nullopt with `why` set
    // when the bytes do not decode.
    std::optional<nlohmann::ordered_json> decode(std::string_view payload, std::string& why) const;

    // Encodes `value`; nullopt with `why` ("field 'price': expected a number") when it
    // does not fit the schema.
    std::optional<std::string> encode(const nlohmann::ordered_json& value, std::string& why) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The schema text with each referenced named type written in at its first use, so
// that a parser without reference support sees one self-contained schema.
std::string inline_avro_references(const std::string& schema,
                                   const std::vector<ResolvedReference>& references);

}  // namespace kfk
