// JSON Schema both ways against the real registry: schema_tool.py frames JSON text (magic
// 0, id, the text) for kfk to decode and decodes what kfk encoded; a value that does
// not fit the schema is refused by its line.

#include <doctest/doctest.h>

#include "schema_support.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

const std::string reading_schema = R"({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {
    "sensor": {"type": "string", "minLength": 1},
    "celsius": {"type": "number"},
    "tags": {"type": "array", "items": {"type": "string"}}
  },
  "required": ["sensor", "celsius"],
  "additionalProperties": false
})";

const std::vector<json> readings{json::parse(R"({"sensor":"a1","celsius":21.5,"tags":["x"]})"),
                                 json::parse(R"({"sensor":"b2","celsius":-4})")};

// A topic with the reading schema registered as JSON under TOPIC-value.
struct ReadingTopic {
    std::string topic = create_topic("schema19-json", 1, 1);
    std::string subject = topic + "-value";
    int id = register_with_curl(subject, reading_schema, "JSON");
    ~ReadingTopic() {
        (void)kfk_on_cluster({"topic", "delete", topic, "--yes"});
        delete_subject(subject);
    }
};

}  // namespace

TEST_CASE("schema: JSON Schema both ways with schema_tool, and through a pipe byte-identical") {
    ReadingTopic t;
    std::vector<std::string> framed;
    for (const json& r : readings) framed.push_back(tool_encode(t.id, r));
    produce_raw(t.topic, framed);

    for (const char* format : {"value=json-schema", "value=auto"}) {
        const std::vector<json> lines = decoded_jsonl(t.topic, {"--decode", format});
        REQUIRE(lines.size() == readings.size());
        for (std::size_t i = 0; i < readings.size(); ++i) {
            CHECK(lines[i]["value"] == readings[i]);
            CHECK(lines[i]["value_encoding"] == "schema");
            CHECK(lines[i]["value_schema_id"] == t.id);
        }
    }

    // kfk encodes (the subject TOPIC-value by default), schema_tool decodes.
    ProcessOptions lines;
    for (const json& r : readings) lines.stdin_data += r.dump() + "\n";
    const std::string copy = create_topic("schema19-json-copy", 1, 1);
    const ProcessResult encoded = kfk_schema(
        {"produce", copy, "-q", "--encode", "value=json-schema", "--subject", t.subject}, lines);
    REQUIRE_MESSAGE(encoded.exit_code == 0, encoded.err);
    const std::vector<std::string> written = raw_values(copy);
    REQUIRE(written.size() == readings.size());
    for (std::size_t i = 0; i < readings.size(); ++i) {
        const json decoded = tool_decode(written[i]);
        CHECK(decoded["id"] == t.id);
        CHECK(decoded["value"] == readings[i]);
    }

    // consume -o jsonl --decode | produce --encode recreates the bytes schema_tool wrote.
    const ProcessResult out = kfk_schema({"consume", t.topic, "--from", "beginning", "-e", "-q",
                                          "-o", "jsonl", "--decode", "value=json-schema"});
    REQUIRE_MESSAGE(out.exit_code == 0, out.err);
    const std::string piped = create_topic("schema19-json-pipe", 1, 1);
    ProcessOptions pipe;
    pipe.stdin_data = out.out;
    const ProcessResult in = kfk_schema({"produce", piped, "-q", "--input", "json", "--encode",
                                         "value=json-schema", "--schema-id", std::to_string(t.id)},
                                        pipe);
    REQUIRE_MESSAGE(in.exit_code == 0, in.err);
    CHECK(raw_values(piped) == framed);
    (void)kfk_on_cluster({"topic", "delete", copy, piped, "--yes"});
}

TEST_CASE("schema: a value that does not fit the JSON Schema is refused by line, the others sent") {
    ReadingTopic t;
    ProcessOptions options;
    options.stdin_data = readings[0].dump() + "\n" + R"({"sensor":"c3","celsius":"warm"})" + "\n" +
                         readings[1].dump() + "\n" + R"({"celsius":1})" + "\nnot json\n";
    const ProcessResult r =
        kfk_schema({"produce", t.topic, "--encode", "value=json-schema"}, options);
    CHECK(r.exit_code == 5);
    const std::string misfit = "does not fit JSON Schema " + std::to_string(t.id);
    CHECK(has(r.err, "line 2: " + misfit + " at .celsius: expected number, got string"));
    CHECK(has(r.err, "line 4: " + misfit + ": required property \"sensor\" is missing"));
    CHECK(has(r.err, "line 5: value is not JSON"));
    const std::vector<std::string> written = raw_values(t.topic);
    REQUIRE(written.size() == 2);
    CHECK(tool_decode(written[1])["value"] == readings[1]);
}
