// consume --decode and produce --encode of Avro and Protobuf against the real registry
// (schema_support.hpp): schema_tool.py frames and encodes what kfk must decode, and
// decodes what kfk encoded. Test names start with "schema:" so `-tc='schema:*'` runs
// them all.

#include <doctest/doctest.h>

#include <algorithm>

#include "schema_support.hpp"

using namespace kfk::test;
using nlohmann::json;

TEST_CASE("schema: consume --decode value=avro reads what schema_tool framed") {
    OrderTopic f;
    std::vector<std::string> framed;
    for (const json& order : orders) framed.push_back(tool_encode(f.id, order));
    produce_raw(f.topic, framed);

    const ProcessResult r = kfk_schema({"consume", f.topic, "--from", "beginning", "-e", "-q", "-o",
                                        "jsonl", "--decode", "value=avro"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const auto lines = lines_of(r.out);
    REQUIRE(lines.size() == orders.size());
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const json j = json::parse(lines[i]);
        CHECK(j["value"] == orders[i]);
        CHECK(j["value_encoding"] == "schema");
        CHECK(j["value_schema_id"] == f.id);
    }
    // Text output prints the decoded JSON; auto finds Avro from the registry.
    const ProcessResult text = kfk_schema({"consume", f.topic, "--from", "beginning", "-e", "-q",
                                           "-n", "1", "--decode", "value=auto"});
    REQUIRE_MESSAGE(text.exit_code == 0, text.err);
    CHECK(json::parse(text.out) == orders[0]);
    // Tagged unions on request.
    const ProcessResult tagged =
        kfk_schema({"consume", f.topic, "--from", "1", "-e", "-q", "-n", "1", "--decode",
                    "value=avro", "--avro-unions", "tagged", "-f", "%o %s\\n"});
    REQUIRE_MESSAGE(tagged.exit_code == 0, tagged.err);
    CHECK(has(tagged.out, R"("note":{"string":"ripe"})"));
}

TEST_CASE("schema: produce --encode value=avro writes what schema_tool decodes") {
    OrderTopic f;
    std::string input;
    for (const json& order : orders) input += order.dump() + "\n";
    ProcessOptions options;
    options.stdin_data = input;
    const ProcessResult r =
        kfk_schema({"produce", f.topic, "-q", "--encode", "value=avro"}, options);  // TOPIC-value
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const auto values = raw_values(f.topic);
    REQUIRE(values.size() == orders.size());
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const json decoded = tool_decode(values[i]);
        CHECK(decoded["id"] == f.id);
        CHECK(decoded["value"] == orders[i]);
    }
}

TEST_CASE("schema: consume --decode | produce --encode recreates byte-identical values") {
    OrderTopic f;
    std::vector<std::string> framed;
    for (const json& order : orders) framed.push_back(tool_encode(f.id, order));
    produce_raw(f.topic, framed);
    const std::string copy = create_topic("schema19-copy", 1, 1);

    const ProcessResult out = kfk_schema({"consume", f.topic, "--from", "beginning", "-e", "-q",
                                          "-o", "jsonl", "--decode", "value=avro"});
    REQUIRE_MESSAGE(out.exit_code == 0, out.err);
    ProcessOptions options;
    options.stdin_data = out.out;
    const ProcessResult in = kfk_schema({"produce", copy, "-q", "--input", "json", "--encode",
                                         "value=avro", "--schema-id", std::to_string(f.id)},
                                        options);
    REQUIRE_MESSAGE(in.exit_code == 0, in.err);
    CHECK(raw_values(copy) == framed);
    (void)kfk_on_cluster({"topic", "delete", copy, "--yes"});
}

TEST_CASE("schema: a record that does not fit is refused by line, the others delivered") {
    OrderTopic f;
    ProcessOptions options;
    options.stdin_data = orders[0].dump() + "\n" +
                         R"({"id":"two","item":"x","price":1,"note":null,"state":"NEW"})" + "\n" +
                         orders[1].dump() + "\nnot json\n";
    const ProcessResult r = kfk_schema(
        {"produce", f.topic, "--encode", "value=avro", "--subject", f.subject, "--version", "1"},
        options);
    CHECK(r.exit_code == 5);
    CHECK(has(r.err, "line 2"));
    CHECK(has(r.err, "at .id: expected an integer, got string"));
    CHECK(has(r.err, "line 4"));
    CHECK(raw_values(f.topic).size() == 2);
}

TEST_CASE("schema: --on-decode-error fail, skip and raw") {
    OrderTopic f;
    produce_raw(f.topic,
                {tool_encode(f.id, orders[0]), "plain text", tool_encode(f.id, orders[1])});
    const std::vector<std::string> base{"consume", f.topic, "--from", "beginning", "-e",
                                        "-q",      "-o",    "jsonl",  "--decode",  "value=avro"};

    const ProcessResult fail = kfk_schema(base);
    CHECK(fail.exit_code == 1);
    CHECK(lines_of(fail.err).size() == 1);
    CHECK(has(fail.err, "kfk: decode value at " + f.topic +
                            " partition 0 offset 1: "
                            "not schema-framed: first byte 0x70, not 0"));
    CHECK(lines_of(fail.out).size() == 1);  // what came before is written

    auto with = [&](const char* action) {
        auto args = base;
        args.insert(args.end(), {"--on-decode-error", action});
        return kfk_schema(args);
    };
    const ProcessResult skip = with("skip");
    REQUIRE_MESSAGE(skip.exit_code == 0, skip.err);
    REQUIRE(lines_of(skip.out).size() == 2);
    CHECK(json::parse(lines_of(skip.out)[1])["value"] == orders[1]);
    // -n counts what is printed, as with --grep: a skipped message is not one of the N.
    auto counted = base;
    counted.erase(std::find(counted.begin(), counted.end(), "-q"));
    counted.insert(counted.end(), {"--on-decode-error", "skip", "-n", "2"});
    const ProcessResult two = kfk_schema(counted);
    REQUIRE_MESSAGE(two.exit_code == 0, two.err);
    REQUIRE(lines_of(two.out).size() == 2);
    CHECK(json::parse(lines_of(two.out)[1])["offset"] == 2);
    CHECK(has(two.err, "consumed 2 messages"));
    CHECK(has(two.err, "skipped 1 that did not decode"));

    const ProcessResult raw = with("raw");
    REQUIRE_MESSAGE(raw.exit_code == 0, raw.err);
    REQUIRE(lines_of(raw.out).size() == 3);
    const json middle = json::parse(lines_of(raw.out)[1]);
    CHECK(middle["value"] == "plain text");
    CHECK_FALSE(middle.contains("value_schema_id"));
}

TEST_CASE("schema: an unknown schema id or a schema of another type is a decode error") {
    OrderTopic f;
    std::string framed = tool_encode(f.id, orders[0]);
    framed[1] = '\x7f';  // id 0x7f000000 + id: not registered
    produce_raw(f.topic, {framed, tool_encode(f.id, orders[0])});
    const ProcessResult r = kfk_schema(
        {"consume", f.topic, "--from", "beginning", "-e", "-q", "--decode", "value=avro"});
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "offset 0: schema id " + std::to_string(0x7f000000 + f.id) +
                         " is not in the registry"));
    const ProcessResult other = kfk_schema(
        {"consume", f.topic, "--from", "1", "-e", "-q", "--decode", "value=json-schema"});
    CHECK(other.exit_code == 1);
    CHECK(has(other.err, "offset 1: schema " + std::to_string(f.id) + " is AVRO, not json-schema"));
}

TEST_CASE("schema: an unreachable registry is exit 6, no registry a usage error") {
    const std::string topic = create_topic("schema19-noreg", 1, 1);
    const ProcessResult r =
        kfk_on_cluster({"--registry", "http://127.0.0.1:9", "--timeout", "3s", "consume", topic,
                        "--from", "beginning", "-e", "--decode", "value=avro"});
    // Nothing is in the topic: the registry is not asked. Produce needs it at once.
    CHECK(r.exit_code == 0);
    ProcessOptions options;
    options.stdin_data = "{}\n";
    const ProcessResult p =
        kfk_on_cluster({"--registry", "http://127.0.0.1:9", "--timeout", "3s", "produce", topic,
                        "--encode", "value=avro", "--schema-id", "1"},
                       options);
    CHECK(p.exit_code == 6);
    CHECK(has(p.err, "schema registry unreachable"));
    const ProcessResult none =
        run_kfk({"schema", "list"}, ProcessOptions{{}, {{"KFK_REGISTRY", std::nullopt}}});
    CHECK(none.exit_code == 2);
    CHECK(has(none.err, "no schema registry configured"));
    (void)kfk_on_cluster({"topic", "delete", topic, "--yes"});
}

TEST_CASE("schema: Protobuf both ways with schema_tool, and through a pipe byte-identical") {
    const std::string topic = create_topic("schema19-proto", 1, 1);
    const std::string subject = topic + "-value";
    const int id = register_with_curl(subject, R"(syntax = "proto3";
package kfk.test;
message Reading {
  string sensor = 1;
  double celsius = 2;
  repeated int32 samples = 3;
  message Unit { string name = 1; }
  Unit unit = 4;
})",
                                      "PROTOBUF");
    const std::vector<json> readings{
        json::parse(R"({"sensor":"a1","celsius":21.5,"samples":[1,2,3],"unit":{"name":"C"}})"),
        json::parse(R"({"sensor":"b2","celsius":-4.25})")};
    std::vector<std::string> framed;
    for (const json& r : readings) framed.push_back(tool_encode(id, r));
    produce_raw(topic, framed);

    const ProcessResult out = kfk_schema({"consume", topic, "--from", "beginning", "-e", "-q", "-o",
                                          "jsonl", "--decode", "value=protobuf"});
    REQUIRE_MESSAGE(out.exit_code == 0, out.err);
    const auto lines = lines_of(out.out);
    REQUIRE(lines.size() == readings.size());
    for (std::size_t i = 0; i < readings.size(); ++i) {
        CHECK(json::parse(lines[i])["value"] == readings[i]);
        CHECK(json::parse(lines[i])["value_schema_id"] == id);
    }

    // kfk encodes, schema_tool decodes; and the consume | produce copy is byte-identical.
    const std::string copy = create_topic("schema19-proto-copy", 1, 1);
    ProcessOptions options;
    options.stdin_data = out.out;
    const ProcessResult in = kfk_schema({"produce", copy, "-q", "--input", "json", "--encode",
                                         "value=protobuf", "--subject", subject},
                                        options);
    REQUIRE_MESSAGE(in.exit_code == 0, in.err);
    const auto copied = raw_values(copy);
    CHECK(copied == framed);
    REQUIRE(copied.size() == readings.size());
    CHECK(tool_decode(copied[0])["value"] == readings[0]);

    ProcessOptions bad;
    bad.stdin_data = R"({"sensor":5})"
                     "\n" +
                     readings[1].dump() + "\n";
    const ProcessResult refused = kfk_schema(
        {"produce", copy, "--encode", "value=protobuf", "--schema-id", std::to_string(id)}, bad);
    CHECK(refused.exit_code == 5);
    CHECK(has(refused.err, "line 1"));
    CHECK(has(refused.err, "does not fit kfk.test.Reading"));
    (void)kfk_on_cluster({"topic", "delete", topic, copy, "--yes"});
    delete_subject(subject);
}
