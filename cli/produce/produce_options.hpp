#pragma once
// kfk produce's flags as parsed, and their translation into the library's request and
// input settings. Separate from the command so that parse tests can inspect both.

#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"
#include "kfk/produce/producer.hpp"
#include "kfk/produce/record_source.hpp"
#include "kfk/schema/record_encoder.hpp"

namespace kfk::cli {

struct ProduceOptions {
    std::string topic;
    std::optional<std::int32_t> partition;     // -p
    std::optional<std::string> key;            // -k KEY
    std::optional<std::string> key_delimiter;  // -K DELIM, as typed
    std::vector<std::string> headers;          // -H KEY=VALUE, as typed
    std::optional<std::string> file;           // -f FILE ("-": stdin)
    std::optional<std::string> delimiter;      // -D DELIM, as typed; default \n
    std::string input = "text";                // --input text|json
    bool skip_empty = false;
    bool strict = false;
    bool skip_invalid = false;
    bool sync = false;
    std::optional<std::string> acks;         // all|1|0
    std::optional<std::string> compression;  // none|gzip|snappy|lz4|zstd
    std::optional<double> rate;              // messages per second
    std::vector<std::string> encode;         // --encode value=FORMAT, key=FORMAT
    std::optional<std::int32_t> schema_id;   // --schema-id
    std::optional<std::string> subject;      // --subject
    std::optional<std::string> version;      // --version N|latest
    std::string avro_unions = "plain";       // --avro-unions
};

struct ProducePlan {
    ProduceRequest request;
    bool json_input = false;
    TextInput text;
    JsonInput json;
    std::vector<EncodeSettings> encode;  // --encode: parts framed by a registry schema
};

// Registers `kfk produce` and returns its options (filled in by parsing).
ProduceOptions& add_produce_command(Cli& cli);

// Checks flag combinations and unescapes delimiters; throws usage Errors.
ProducePlan plan_produce(const ProduceOptions& options);

}  // namespace kfk::cli
