#pragma once
// Schema-framed values ⇄ JSON, with schemas from the registry: the decoder reads the
// id from each value's frame and decodes by that schema (one codec per id, cached); the
// encoder frames every value with one schema chosen up front.

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "kfk/schema/avro_codec.hpp"
#include "kfk/schema/registry_client.hpp"
#include "kfk/schema/schema_format.hpp"

namespace kfk {

struct DecodedValue {
    std::int32_t schema_id = 0;
    nlohmann::ordered_json value;
};

class ProtobufCodec;
class JsonSchemaValidator;

class ValueDecoder {
public:
    ValueDecoder(std::shared_ptr<RegistryClient> registry, SchemaFormat format, AvroUnions unions);
    ~ValueDecoder();

    // The decoded value, or nullopt with `why` (not framed, unknown schema id, a schema
    // of another type, bytes that do not decode). An unreachable or refusing registry
    // throws: no message could be decoded then.
    std::optional<DecodedValue> decode(std::string_view bytes, std::string& why);

private:
    struct Codec;
    const Codec* codec_for(std::int32_t id, std::string& why);

    std::shared_ptr<RegistryClient> registry_;
    SchemaFormat format_;
    AvroUnions unions_;
    std::map<std::int32_t, std::unique_ptr<Codec>> codecs_;
};

class ValueEncoder {
public:
    // Throws a usage Error when `schema`'s type is not `format` (auto takes any).
    ValueEncoder(const Schema& schema, SchemaFormat format, AvroUnions unions);
    ~ValueEncoder();

    // The framed bytes, or nullopt with `why` when `value` does not fit the schema.
    std::optional<std::string> encode(const nlohmann::ordered_json& value, std::string& why) const;
    std::int32_t schema_id() const { return id_; }

private:
    std::int32_t id_;
    SchemaType type_;
    std::unique_ptr<AvroCodec> avro_;
    std::unique_ptr<ProtobufCodec> protobuf_;
    std::unique_ptr<JsonSchemaValidator> json_;
};

}  // namespace kfk
