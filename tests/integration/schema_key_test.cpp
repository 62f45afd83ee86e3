// Schema-framed keys beside schema-framed values: consume --decode key=... with
// value=..., and produce --encode key=... (the latest schema of TOPIC-key) with value=...

#include <doctest/doctest.h>

#include "schema_support.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

const std::string key_schema = R"({"type":"record","name":"OrderKey","namespace":"kfk.test",
  "fields":[{"name":"region","type":"string"},{"name":"n","type":"int"}]})";

const std::vector<json> keys{json::parse(R"({"region":"eu","n":1})"),
                             json::parse(R"({"region":"us","n":2})")};

}  // namespace

TEST_CASE("schema: --decode key= and value= together, and --encode key= with value=") {
    OrderTopic f;
    const int key_id = register_with_curl(f.topic + "-key", key_schema);
    std::vector<RawMessage> framed;
    for (std::size_t i = 0; i < keys.size(); ++i)
        framed.push_back({tool_encode(key_id, keys[i]), tool_encode(f.id, orders[i])});
    produce_raw(f.topic, framed);

    const std::vector<json> lines =
        decoded_jsonl(f.topic, {"--decode", "key=avro", "--decode", "value=auto"});
    REQUIRE(lines.size() == keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        CHECK(lines[i]["key"] == keys[i]);
        CHECK(lines[i]["key_encoding"] == "schema");
        CHECK(lines[i]["key_schema_id"] == key_id);
        CHECK(lines[i]["value"] == orders[i]);
        CHECK(lines[i]["value_schema_id"] == f.id);
    }
    // Text output prints both as JSON.
    const ProcessResult text =
        kfk_schema({"consume", f.topic, "--from", "beginning", "-e", "-q", "-n", "1", "--decode",
                    "key=avro", "--decode", "value=avro", "-f", "%k|%s\\n"});
    REQUIRE_MESSAGE(text.exit_code == 0, text.err);
    const auto bar = text.out.find('|');
    REQUIRE(bar != std::string::npos);
    CHECK(json::parse(text.out.substr(0, bar)) == keys[0]);
    CHECK(json::parse(text.out.substr(bar + 1)) == orders[0]);

    // consume | produce --encode key= --encode value= recreates both parts' bytes; the
    // copy's key schema is the latest of its own TOPIC-key (the same schema: the same id).
    const std::string copy = create_topic("schema19-key-copy", 1, 1);
    CHECK(register_with_curl(copy + "-key", key_schema) == key_id);
    ProcessOptions pipe;
    for (const json& line : lines) pipe.stdin_data += line.dump() + "\n";
    const ProcessResult in =
        kfk_schema({"produce", copy, "-q", "--input", "json", "--encode", "key=avro", "--encode",
                    "value=avro", "--schema-id", std::to_string(f.id)},
                   pipe);
    REQUIRE_MESSAGE(in.exit_code == 0, in.err);
    std::vector<std::string> source_keys;
    for (const RawMessage& m : framed) source_keys.push_back(*m.key);
    CHECK(raw_values(copy, "key") == source_keys);
    CHECK(raw_values(copy) == raw_values(f.topic));
    CHECK(tool_decode(raw_values(copy, "key").at(1))["value"] == keys[1]);

    // A key that does not fit is refused by its line, as a value is.
    ProcessOptions bad;
    bad.stdin_data = json{{"key", {{"region", 5}, {"n", 1}}},
                          {"key_encoding", "schema"},
                          {"value", orders[0]},
                          {"value_encoding", "schema"}}
                         .dump() +
                     "\n";
    const ProcessResult refused =
        kfk_schema({"produce", copy, "--input", "json", "--encode", "key=avro", "--encode",
                    "value=avro", "--schema-id", std::to_string(f.id)},
                   bad);
    CHECK(refused.exit_code == 5);
    CHECK_MESSAGE(
        has(refused.err, "(line 1): key: does not fit Avro schema " + std::to_string(key_id) +
                             " at .region: expected a string, got number"),
        refused.err);
    (void)kfk_on_cluster({"topic", "delete", copy, "--yes"});
    delete_subject(copy + "-key");
    delete_subject(f.topic + "-key");
}
