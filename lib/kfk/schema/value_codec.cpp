#include "kfk/schema/value_codec.hpp"

#include "kfk/error.hpp"
#include "kfk/schema/json_schema.hpp"
#include "kfk/schema/protobuf_codec.hpp"
#include "kfk/schema/wire_format.hpp"

namespace kfk {

namespace {

bool type_matches(SchemaFormat format, SchemaType type) {
    switch (format) {
        case SchemaFormat::avro:
            return type == SchemaType::avro;
        case SchemaFormat::protobuf:
            return type == SchemaType::protobuf;
        case SchemaFormat::json_schema:
            return type == SchemaType::json;
        case SchemaFormat::automatic:
            break;
    }
    return true;
}

std::string type_mismatch(const Schema& schema, SchemaFormat format) {
    return "schema " + std::to_string(schema.id) + " is " + schema_type_name(schema.type) +
           ", not " + schema_format_name(format);
}

}  // namespace

struct ValueDecoder::Codec {
    SchemaType type = SchemaType::avro;
    std::unique_ptr<AvroCodec> avro;
    std::unique_ptr<ProtobufCodec> protobuf;
};

ValueDecoder::ValueDecoder(std::shared_ptr<RegistryClient> registry, SchemaFormat format,
                           AvroUnions unions)
    : registry_(std::move(registry)), format_(format), unions_(unions) {}

ValueDecoder::~ValueDecoder() = default;

const ValueDecoder::Codec* ValueDecoder::codec_for(std::int32_t id, std::string& why) {
    if (auto found = codecs_.find(id); found != codecs_.end()) return found->second.get();
    const Schema* schema = nullptr;
    try {
        schema = &registry_->schema_by_id(id);
    } catch (const Error& error) {
        if (error.code() != ExitCode::not_found) throw;
        why = "schema id " + std::to_string(id) + " is not in the registry";
        return nullptr;
    }
    if (!type_matches(format_, schema->type)) {
        why = type_mismatch(*schema, format_);
        return nullptr;
    }
    auto codec = std::make_unique<Codec>();
    codec->type = schema->type;
    if (schema->type == SchemaType::avro)
        codec->avro = std::make_unique<AvroCodec>(*schema, unions_);
    if (schema->type == SchemaType::protobuf)
        codec->protobuf = std::make_unique<ProtobufCodec>(*schema);
    return codecs_.emplace(id, std::move(codec)).first->second.get();
}

std::optional<DecodedValue> ValueDecoder::decode(std::string_view bytes, std::string& why) {
    const std::optional<Framed> framed = unframe(bytes, why);
    if (!framed) return std::nullopt;
    const Codec* codec = codec_for(framed->id, why);
    if (codec == nullptr) return std::nullopt;
    DecodedValue out;
    out.schema_id = framed->id;
    switch (codec->type) {
        case SchemaType::avro: {
            auto value = codec->avro->decode(framed->rest, why);
            if (!value) return std::nullopt;
            out.value = std::move(*value);
            return out;
        }
        case SchemaType::json: {
            out.value = nlohmann::ordered_json::parse(framed->rest, nullptr, false);
            if (out.value.is_discarded()) {
                why = "not JSON after the frame of schema " + std::to_string(framed->id);
                return std::nullopt;
            }
            return out;
        }
        case SchemaType::protobuf: {
            auto value = codec->protobuf->decode(framed->rest, why);
            if (!value) return std::nullopt;
            out.value = std::move(*value);
            return out;
        }
    }
    return std::nullopt;
}

ValueEncoder::ValueEncoder(const Schema& schema, SchemaFormat format, AvroUnions unions)
    : id_(schema.id), type_(schema.type) {
    if (!type_matches(format, schema.type)) throw_usage("--encode", type_mismatch(schema, format));
    if (schema.type == SchemaType::avro) avro_ = std::make_unique<AvroCodec>(schema, unions);
    if (schema.type == SchemaType::protobuf) protobuf_ = std::make_unique<ProtobufCodec>(schema);
    if (schema.type == SchemaType::json) json_ = std::make_unique<JsonSchemaValidator>(schema);
}

ValueEncoder::~ValueEncoder() = default;

std::optional<std::string> ValueEncoder::encode(const nlohmann::ordered_json& value,
                                                std::string& why) const {
    std::string out = frame_header(id_);
    if (type_ == SchemaType::json) {
        // JSON Schema: the JSON text itself, once it fits the schema.
        if (std::optional<std::string> misfit = json_->misfit(value)) {
            why = std::move(*misfit);
            return std::nullopt;
        }
        out += value.dump();
        return out;
    }
    std::optional<std::string> payload =
        avro_ ? avro_->encode(value, why) : protobuf_->encode(value, why);
    if (!payload) return std::nullopt;
    out += *payload;
    return out;
}

}  // namespace kfk
