#pragma once
// The Confluent Schema Registry API (also served by Apicurio's ccompat/v7 and Redpanda):
// schemas by id (with their references resolved, cached for the run), subjects and
// versions, registration, compatibility checks and deletion. Registry errors become
// kfk Errors: unknown subject, version or id → not found (3); authentication refused
// → kafka_error (1) with the registry's message; unreachable → timeout (6).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kfk/schema/registry_config.hpp"

namespace kfk {

enum class SchemaType { avro, protobuf, json };

// "AVRO", "PROTOBUF", "JSON" (absent: AVRO, as Confluent leaves it out then).
SchemaType parse_schema_type(const std::string& name);
const char* schema_type_name(SchemaType type);  // "AVRO", ...

struct SchemaReference {
    std::string name;  // Avro: the full name of a type; Protobuf: the import path
    std::string subject;
    std::int64_t version = 0;
};

// A referenced schema's text, fetched (recursively: references of references first).
struct ResolvedReference {
    std::string name;
    std::string schema;
};

struct Schema {
    std::int32_t id = 0;
    SchemaType type = SchemaType::avro;
    std::string text;
    std::vector<SchemaReference> references;
    std::vector<ResolvedReference> resolved;  // filled by schema_by_id
};

struct SubjectVersion {
    std::string subject;
    std::int64_t version = 0;
    Schema schema;
};

// One request to the registry: the body of a 2xx answer; anything else throws the Error
// the header comment describes. Over HTTP inside the schema module (registry_http.hpp);
// through the module's C ABI on kfk's main side (registry_via_module.hpp).
using RegistryTransport = std::string (*)(const RegistryConfig& config, const std::string& method,
                                          const std::string& path, const std::string& body,
                                          const std::string& what);

class RegistryClient {
public:
    RegistryClient(RegistryConfig config, RegistryTransport transport)
        : config_(std::move(config)), transport_(transport) {}

    const RegistryConfig& config() const { return config_; }

    // GET /schemas/ids/{id}, references resolved; one request per id per client.
    const Schema& schema_by_id(std::int32_t id);

    std::vector<std::string> subjects();
    std::vector<std::int64_t> versions(const std::string& subject);
    // `version`: a number or "latest".
    SubjectVersion subject_version(const std::string& subject, const std::string& version);
    // POST /subjects/{s}/versions → the schema's id.
    std::int32_t register_schema(const std::string& subject, const std::string& text,
                                 SchemaType type, const std::vector<SchemaReference>& refs);
    // POST /compatibility/subjects/{s}/versions/{version}.
    bool compatible(const std::string& subject, const std::string& text, SchemaType type,
                    const std::string& version);
    // DELETE /subjects/{s} (all versions) → the versions deleted.
    std::vector<std::int64_t> delete_subject(const std::string& subject, bool permanent);
    // DELETE /subjects/{s}/versions/{v} → the version deleted.
    std::int64_t delete_version(const std::string& subject, const std::string& version,
                                bool permanent);

private:
    void resolve_references(const std::vector<SchemaReference>& refs,
                            std::vector<ResolvedReference>& out, int depth);
    std::string call(const std::string& method, const std::string& path, const std::string& body,
                     const std::string& what);

    RegistryConfig config_;
    RegistryTransport transport_;
    std::map<std::int32_t, Schema> by_id_;
};

// Percent-encodes a subject for a URL path (subjects may hold '/', ':' or spaces).
std::string url_escape(const std::string& text);

}  // namespace kfk
