#pragma once
// Protobuf binary ⇄ JSON for one registry schema (.proto text and its imports), on
// protobuf's compiler library and DynamicMessage (kept behind this pimpl: protobuf's
// headers are heavy and stay in protobuf_codec.cpp).
//
// JSON is Protobuf's canonical JSON mapping with the .proto field names kept
// (preserving_proto_field_name, as Python's MessageToDict(preserving_proto_field_name=
// True) writes it); 64-bit integers are strings, bytes base64, enums their names.

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kfk/schema/registry_client.hpp"

namespace kfk {

class ProtobufCodec {
public:
    // Compiles the schema with its references (each by its import name); imports of
    // google/protobuf/*.proto come from the installed protobuf. A schema that does not
    // compile is a kafka_error naming the id and the first problem.
    explicit ProtobufCodec(const Schema& schema);
    ~ProtobufCodec();
    ProtobufCodec(const ProtobufCodec&) = delete;
    ProtobufCodec& operator=(const ProtobufCodec&) = delete;

    // Decodes the bytes after the frame: the message-index path, then the message.
    std::optional<nlohmann::ordered_json> decode(std::string_view rest, std::string& why) const;

    // The message-index path and the encoded message of the file's first message type.
    std::optional<std::string> encode(const nlohmann::ordered_json& value, std::string& why) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kfk
