// Schema Registry support against the real Apicurio registry (scripts/registry up) and
// the real cluster. The independent side is tests/support/schema_tool.py (Debian's
// python3-avro): it frames and encodes what kfk must decode, and decodes what kfk
// encoded. Test names start with "schema:" so `-tc='schema:*'` runs them all.

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

std::string registry_url() {
    const char* env = std::getenv("KFK_TEST_REGISTRY");
    return env && *env ? env : "http://127.0.0.1:18081/apis/ccompat/v7";
}

const std::string schema_tool = std::string(KFK_SOURCE_DIR) + "/tests/support/schema_tool.py";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Registers `schema` (of `type`) under `subject` with curl, not kfk; returns the id.
int register_with_curl(const std::string& subject, const std::string& schema,
                       const std::string& type = "AVRO") {
    const ProcessResult r = run_process(
        {"curl", "-sS", "-X", "POST", "-H", "Content-Type: application/vnd.schemaregistry.v1+json",
         "--data-binary", json{{"schema", schema}, {"schemaType", type}}.dump(),
         registry_url() + "/subjects/" + subject + "/versions"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const json answer = json::parse(r.out);
    REQUIRE_MESSAGE(answer.contains("id"), r.out);
    return answer["id"].get<int>();
}

void delete_subject(const std::string& subject) {
    for (const char* suffix : {"", "?permanent=true"}) {
        (void)run_process(
            {"curl", "-sS", "-X", "DELETE", registry_url() + "/subjects/" + subject + suffix});
    }
}

// schema_tool's framed encoding of `value` with schema `id`, as bytes.
std::string tool_encode(int id, const json& value) {
    ProcessOptions options;
    options.stdin_data = value.dump();
    const ProcessResult r = run_process(
        {schema_tool, "encode", "--registry", registry_url(), "--id", std::to_string(id), "--hex"},
        options);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::string bytes;
    const std::string hex = lines_of(r.out).at(0);
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return bytes;
}

// schema_tool's decoding of framed `bytes`: {"id", "value"}.
json tool_decode(const std::string& bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : bytes) {
        hex += digits[c >> 4];
        hex += digits[c & 15];
    }
    ProcessOptions options;
    options.stdin_data = hex;
    const ProcessResult r =
        run_process({schema_tool, "decode", "--registry", registry_url(), "--hex"}, options);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return json::parse(r.out);
}

std::string base64(const std::string& bytes) {
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned n = (static_cast<unsigned char>(bytes[i]) << 16) |
                           (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                           static_cast<unsigned char>(bytes[i + 2]);
        for (int s = 18; s >= 0; s -= 6) out += table[(n >> s) & 63];
    }
    if (i < bytes.size()) {
        unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? table[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::string unbase64(const std::string& text) {
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const char* at = std::strchr(table, c);
        if (c == '=' || at == nullptr) break;
        buffer = (buffer << 6) | static_cast<unsigned>(at - table);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xff);
        }
    }
    return out;
}

// Writes raw `values` to partition 0 of `topic` (kfk only carries the bytes).
void produce_raw(const std::string& topic, const std::vector<std::string>& values) {
    std::string input;
    for (const std::string& v : values)
        input += json{{"value", base64(v)}, {"value_encoding", "base64"}, {"partition", 0}}.dump() +
                 "\n";
    ProcessOptions options;
    options.stdin_data = input;
    const ProcessResult r = kfk_on_cluster({"produce", topic, "--input", "json", "-q"}, options);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
}

// The raw values the broker holds in partition 0, in offset order.
std::vector<std::string> raw_values(const std::string& topic) {
    const ProcessResult r = kfk_on_cluster(
        {"consume", topic, "-p", "0", "--from", "beginning", "-e", "-q", "-o", "jsonl"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::vector<std::string> out;
    for (const std::string& line : lines_of(r.out)) {
        const json j = json::parse(line);
        out.push_back(j.value("value_encoding", "") == "base64" ? unbase64(j["value"])
                                                                : j["value"].get<std::string>());
    }
    return out;
}

ProcessResult kfk_schema(std::vector<std::string> args, ProcessOptions options = {}) {
    args.insert(args.begin(), {"--registry", registry_url()});
    return kfk_on_cluster(args, options);
}

const std::string order_schema = R"({"type":"record","name":"Order","namespace":"kfk.test",
  "fields":[{"name":"id","type":"long"},{"name":"item","type":"string"},
  {"name":"price","type":"double"},{"name":"note","type":["null","string"],"default":null},
  {"name":"state","type":{"type":"enum","name":"State","symbols":["NEW","PAID"]}}]})";

const std::vector<json> orders{
    json::parse(R"({"id":1,"item":"apple","price":0.5,"note":null,"state":"NEW"})"),
    json::parse(R"({"id":2,"item":"pear","price":1.25,"note":"ripe","state":"PAID"})"),
    json::parse(R"({"id":-3,"item":"Müsli","price":100.0,"note":"","state":"NEW"})")};

struct Fixture {
    std::string topic = create_topic("schema19", 1, 1);
    std::string subject = topic + "-value";
    int id = register_with_curl(subject, order_schema);
    ~Fixture() {
        (void)kfk_on_cluster({"topic", "delete", topic, "--yes"});
        delete_subject(subject);
    }
};

}  // namespace

TEST_CASE("schema: consume --decode value=avro reads what schema_tool framed") {
    Fixture f;
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
    CHECK(contains(tagged.out, R"("note":{"string":"ripe"})"));
}

TEST_CASE("schema: produce --encode value=avro writes what schema_tool decodes") {
    Fixture f;
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
    Fixture f;
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
    Fixture f;
    ProcessOptions options;
    options.stdin_data = orders[0].dump() + "\n" +
                         R"({"id":"two","item":"x","price":1,"note":null,"state":"NEW"})" + "\n" +
                         orders[1].dump() + "\nnot json\n";
    const ProcessResult r = kfk_schema(
        {"produce", f.topic, "--encode", "value=avro", "--subject", f.subject, "--version", "1"},
        options);
    CHECK(r.exit_code == 5);
    CHECK(contains(r.err, "line 2"));
    CHECK(contains(r.err, "at .id: expected an integer, got string"));
    CHECK(contains(r.err, "line 4"));
    CHECK(raw_values(f.topic).size() == 2);
}

TEST_CASE("schema: --on-decode-error fail, skip and raw") {
    Fixture f;
    produce_raw(f.topic,
                {tool_encode(f.id, orders[0]), "plain text", tool_encode(f.id, orders[1])});
    const std::vector<std::string> base{"consume", f.topic, "--from", "beginning", "-e",
                                        "-q",      "-o",    "jsonl",  "--decode",  "value=avro"};

    const ProcessResult fail = kfk_schema(base);
    CHECK(fail.exit_code == 1);
    CHECK(lines_of(fail.err).size() == 1);
    CHECK(contains(fail.err, "kfk: decode value at " + f.topic +
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

    const ProcessResult raw = with("raw");
    REQUIRE_MESSAGE(raw.exit_code == 0, raw.err);
    REQUIRE(lines_of(raw.out).size() == 3);
    const json middle = json::parse(lines_of(raw.out)[1]);
    CHECK(middle["value"] == "plain text");
    CHECK_FALSE(middle.contains("value_schema_id"));
}

TEST_CASE("schema: an unknown schema id or a schema of another type is a decode error") {
    Fixture f;
    std::string framed = tool_encode(f.id, orders[0]);
    framed[1] = '\x7f';  // id 0x7f000000 + id: not registered
    produce_raw(f.topic, {framed, tool_encode(f.id, orders[0])});
    const ProcessResult r = kfk_schema(
        {"consume", f.topic, "--from", "beginning", "-e", "-q", "--decode", "value=avro"});
    CHECK(r.exit_code == 1);
    CHECK(contains(r.err, "offset 0: schema id " + std::to_string(0x7f000000 + f.id) +
                              " is not in the registry"));
    const ProcessResult other = kfk_schema(
        {"consume", f.topic, "--from", "1", "-e", "-q", "--decode", "value=json-schema"});
    CHECK(other.exit_code == 1);
    CHECK(contains(other.err,
                   "offset 1: schema " + std::to_string(f.id) + " is AVRO, not json-schema"));
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
    CHECK(contains(p.err, "schema registry unreachable"));
    const ProcessResult none =
        run_kfk({"schema", "list"}, ProcessOptions{{}, {{"KFK_REGISTRY", std::nullopt}}});
    CHECK(none.exit_code == 2);
    CHECK(contains(none.err, "no schema registry configured"));
    (void)kfk_on_cluster({"topic", "delete", topic, "--yes"});
}

TEST_CASE("schema: list, show, register, compat and delete subjects") {
    const std::string subject = unique_name("schema19-subject");
    const std::string dir = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp");
    const std::string v1 = dir + "/" + subject + "-v1.avsc";
    const std::string bad = dir + "/" + subject + "-bad.avsc";
    std::ofstream(v1) << order_schema;
    std::ofstream(bad)
        << R"({"type":"record","name":"Order","namespace":"kfk.test","fields":[{"name":"id","type":"string"}]})";
    // Incompatible changes need a rule: Apicurio's default is NONE.
    (void)run_process({"curl", "-sS", "-X", "PUT", "-H", "Content-Type: application/json", "--data",
                       R"({"compatibility":"BACKWARD"})", registry_url() + "/config/" + subject});

    const ProcessResult reg = kfk_schema({"-o", "json", "schema", "register", subject, v1});
    REQUIRE_MESSAGE(reg.exit_code == 0, reg.err);
    const int id = json::parse(reg.out)["id"].get<int>();

    const ProcessResult list = kfk_schema({"-o", "json", "schema", "list"});
    REQUIRE_MESSAGE(list.exit_code == 0, list.err);
    bool listed = false;
    for (const json& s : json::parse(list.out))
        listed = listed || (s["subject"] == subject && s["versions"] == json::array({1}));
    CHECK(listed);
    const ProcessResult table = kfk_schema({"schema", "list"});
    CHECK(contains(table.out, "SUBJECT"));
    CHECK(contains(table.out, subject));

    const ProcessResult show = kfk_schema({"-o", "json", "schema", "show", subject});
    REQUIRE_MESSAGE(show.exit_code == 0, show.err);
    const json shown = json::parse(show.out);
    CHECK(shown["id"] == id);
    CHECK(shown["version"] == 1);
    CHECK(shown["type"] == "avro");
    CHECK(json::parse(shown["schema"].get<std::string>())["name"] == "Order");

    CHECK(kfk_schema({"schema", "compat", subject, v1}).exit_code == 0);
    const ProcessResult incompatible = kfk_schema({"-o", "json", "schema", "compat", subject, bad});
    CHECK(incompatible.exit_code == 1);
    CHECK(json::parse(incompatible.out)["compatible"] == false);

    CHECK(kfk_schema({"schema", "show", subject, "--version", "9"}).exit_code == 3);
    CHECK(kfk_schema({"schema", "show", subject + "-nope"}).exit_code == 3);
    CHECK(kfk_schema({"schema", "compat", subject + "-nope", v1}).exit_code == 3);
    CHECK(kfk_schema({"schema", "delete", subject + "-nope", "--yes"}).exit_code == 3);

    const ProcessResult del = kfk_schema({"-o", "json", "schema", "delete", subject, "--yes"});
    REQUIRE_MESSAGE(del.exit_code == 0, del.err);
    CHECK(json::parse(del.out)["deleted_versions"] == json::array({1}));
    CHECK(kfk_schema({"schema", "show", subject}).exit_code == 3);
    delete_subject(subject);
    std::remove(v1.c_str());
    std::remove(bad.c_str());
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
    CHECK(contains(refused.err, "line 1"));
    CHECK(contains(refused.err, "does not fit kfk.test.Reading"));
    (void)kfk_on_cluster({"topic", "delete", topic, copy, "--yes"});
    delete_subject(subject);
}

TEST_CASE("schema: basic auth from the context; refused credentials are exit 1 with the message") {
    // Apicurio runs without authentication here: tests/support/auth_registry.py stands in.
    const std::string port_file = "/tmp/" + unique_name("schema19-auth-port");
    const std::string command = std::string(KFK_SOURCE_DIR) + "/tests/support/auth_registry.py " +
                                port_file + " >/dev/null 2>&1 &";
    REQUIRE(std::system(command.c_str()) == 0);
    std::string port;
    for (int i = 0; i < 300 && port.empty(); ++i) {
        std::ifstream(port_file) >> port;
        if (port.empty()) (void)run_process({"sleep", "0.1"});
    }
    REQUIRE_MESSAGE(!port.empty(), "auth_registry.py did not start");
    const std::string config = "/tmp/" + unique_name("schema19-config");
    auto write_config = [&](const std::string& user_info) {
        std::ofstream(config) << "current-context = reg\n[context reg]\nbootstrap.servers = "
                              << local_cluster().bootstrap
                              << "\nschema.registry.url = http://127.0.0.1:" << port
                              << "\nschema.registry.basic.auth.user.info = " << user_info << "\n";
    };
    ProcessOptions no_env;
    no_env.env = {{"KFK_REGISTRY", std::nullopt}};

    write_config("ops:pw");
    (void)run_process({"chmod", "644", config});
    const ProcessResult ok = run_kfk({"--config", config, "schema", "list", "-o", "json"}, no_env);
    CHECK_MESSAGE(ok.exit_code == 0, ok.err);
    CHECK(json::parse(ok.out) == json::array());
    CHECK(contains(ok.err, "holds a secret but is readable by group or others"));
    const ProcessResult shown = run_kfk({"--config", config, "config", "show"}, no_env);
    CHECK(contains(shown.out, "schema.registry.basic.auth.user.info"));
    CHECK_FALSE(contains(shown.out, "ops:pw"));

    write_config("ops:wrong");
    const ProcessResult refused = run_kfk({"--config", config, "schema", "list"}, no_env);
    CHECK(refused.exit_code == 1);
    CHECK(lines_of(refused.err).size() == 2);  // the permission warning, then the error
    CHECK(contains(refused.err,
                   "kfk: list subjects: schema registry answered HTTP 401: "
                   "Unauthorized: bad credentials"));
    CHECK_FALSE(contains(refused.err, "ops:wrong"));
    std::remove(config.c_str());
    std::remove(port_file.c_str());
}
