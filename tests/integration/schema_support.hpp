#pragma once
// Helpers of the Schema Registry integration tests (schema_*_test.cpp), run against the
// real Apicurio registry (scripts/registry up; KFK_TEST_REGISTRY overrides its URL) and
// the real cluster. The independent side is tests/support/schema_tool.py (Debian's
// python3-avro and python3-protobuf), curl for the registry, and kcat for the bytes the
// broker holds.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "support/kafka_tools.hpp"

namespace kfk::test {

// The registry's ccompat/v7 root.
std::string registry_url();

bool has(const std::string& text, const std::string& part);

// A reference of a registered schema to another subject's version.
struct CurlReference {
    std::string name;  // Avro: the referenced type's full name
    std::string subject;
    int version = 1;
};

// Registers `schema` (of `type`: AVRO, PROTOBUF, JSON) under `subject` with curl, not
// kfk; returns the id.
int register_with_curl(const std::string& subject, const std::string& schema,
                       const std::string& type = "AVRO",
                       const std::vector<CurlReference>& references = {});

// Deletes `subject` for good (soft, then permanent), quietly.
void delete_subject(const std::string& subject);

// schema_tool's framed encoding of `value` with schema `id`, as bytes.
std::string tool_encode(int id, const nlohmann::json& value);

// schema_tool's decoding of framed `bytes`: {"id", "value"}.
nlohmann::json tool_decode(const std::string& bytes);

// A message for produce_raw: raw key (none: null) and value bytes.
struct RawMessage {
    std::optional<std::string> key;
    std::string value;
};

// Writes raw messages to partition 0 of `topic` (kfk only carries the bytes).
void produce_raw(const std::string& topic, const std::vector<RawMessage>& messages);
void produce_raw(const std::string& topic, const std::vector<std::string>& values);

// The raw values (or keys, `field` "key") the broker holds, as kcat reads them.
std::vector<std::string> raw_values(const std::string& topic, const char* field = "payload");

// kfk --registry URL -b CLUSTER ARGS...
ProcessResult kfk_schema(std::vector<std::string> args, const ProcessOptions& options = {});

// The consume jsonl lines of `topic` from the beginning, --decode as given; the run must
// exit 0.
std::vector<nlohmann::json> decoded_jsonl(const std::string& topic,
                                          const std::vector<std::string>& decode_args);

// The Avro schema and records most tests use.
extern const std::string order_schema;
extern const std::vector<nlohmann::json> orders;

// A topic with one partition and the Avro order schema registered under TOPIC-value,
// both removed at the end.
struct OrderTopic {
    std::string topic = create_topic("schema19", 1, 1);
    std::string subject = topic + "-value";
    int id = register_with_curl(subject, order_schema);
    ~OrderTopic();
};

// tests/support/auth_registry.py on a free loopback port (with `args`, e.g. --tls CERT
// KEY); returns the port once it listens. It exits by itself after 60 s without requests.
std::string start_stand_in_registry(const std::vector<std::string>& args = {});

// A config file of one context "reg" (current) on the local cluster, with `settings`
// ("key = value" lines) added, at `path` (empty: a new file in /tmp); returns its path.
std::string write_registry_context(const std::vector<std::string>& settings, std::string path = "");

}  // namespace kfk::test
