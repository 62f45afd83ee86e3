#include "schema_support.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "produce_support.hpp"
#include "support/local_cluster.hpp"

namespace kfk::test {

using nlohmann::json;

namespace {

const std::string schema_tool = std::string(KFK_SOURCE_DIR) + "/tests/support/schema_tool.py";

std::string hex_of(const std::string& bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char c : bytes) {
        hex += digits[c >> 4];
        hex += digits[c & 15];
    }
    return hex;
}

std::string bytes_of_hex(const std::string& hex) {
    std::string bytes;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return bytes;
}

}  // namespace

std::string registry_url() {
    const char* env = std::getenv("KFK_TEST_REGISTRY");
    return env && *env ? env : "http://127.0.0.1:18081/apis/ccompat/v7";
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

int register_with_curl(const std::string& subject, const std::string& schema,
                       const std::string& type, const std::vector<CurlReference>& references) {
    json body{{"schema", schema}, {"schemaType", type}};
    for (const CurlReference& r : references)
        body["references"].push_back(
            {{"name", r.name}, {"subject", r.subject}, {"version", r.version}});
    const ProcessResult r = run_process(
        {"curl", "-sS", "-X", "POST", "-H", "Content-Type: application/vnd.schemaregistry.v1+json",
         "--data-binary", body.dump(), registry_url() + "/subjects/" + subject + "/versions"});
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

std::string tool_encode(int id, const json& value) {
    ProcessOptions options;
    options.stdin_data = value.dump();
    const ProcessResult r = run_process(
        {schema_tool, "encode", "--registry", registry_url(), "--id", std::to_string(id), "--hex"},
        options);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return bytes_of_hex(lines_of(r.out).at(0));
}

json tool_decode(const std::string& bytes) {
    ProcessOptions options;
    options.stdin_data = hex_of(bytes);
    const ProcessResult r =
        run_process({schema_tool, "decode", "--registry", registry_url(), "--hex"}, options);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return json::parse(r.out);
}

void produce_raw(const std::string& topic, const std::vector<RawMessage>& messages) {
    std::string input;
    for (const RawMessage& m : messages) {
        json line{{"value", b64(m.value)}, {"value_encoding", "base64"}, {"partition", 0}};
        if (m.key) {
            line["key"] = b64(*m.key);
            line["key_encoding"] = "base64";
        }
        input += line.dump() + "\n";
    }
    ProcessOptions options;
    options.stdin_data = input;
    const ProcessResult r = kfk_on_cluster({"produce", topic, "--input", "json", "-q"}, options);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
}

void produce_raw(const std::string& topic, const std::vector<std::string>& values) {
    std::vector<RawMessage> messages;
    for (const std::string& v : values) messages.push_back({std::nullopt, v});
    produce_raw(topic, messages);
}

std::vector<std::string> raw_values(const std::string& topic, const char* field) {
    return values_of(kcat_consume(topic), field);
}

ProcessResult kfk_schema(std::vector<std::string> args, const ProcessOptions& options) {
    args.insert(args.begin(), {"--registry", registry_url()});
    return kfk_on_cluster(args, options);
}

std::vector<json> decoded_jsonl(const std::string& topic,
                                const std::vector<std::string>& decode_args) {
    std::vector<std::string> args{"consume", topic, "--from", "beginning",
                                  "-e",      "-q",  "-o",     "jsonl"};
    args.insert(args.end(), decode_args.begin(), decode_args.end());
    const ProcessResult r = kfk_schema(args);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::vector<json> out;
    for (const std::string& line : lines_of(r.out)) out.push_back(json::parse(line));
    return out;
}

const std::string order_schema = R"({"type":"record","name":"Order","namespace":"kfk.test",
  "fields":[{"name":"id","type":"long"},{"name":"item","type":"string"},
  {"name":"price","type":"double"},{"name":"note","type":["null","string"],"default":null},
  {"name":"state","type":{"type":"enum","name":"State","symbols":["NEW","PAID"]}}]})";

const std::vector<json> orders{
    json::parse(R"({"id":1,"item":"apple","price":0.5,"note":null,"state":"NEW"})"),
    json::parse(R"({"id":2,"item":"pear","price":1.25,"note":"ripe","state":"PAID"})"),
    json::parse(R"({"id":-3,"item":"Müsli","price":100.0,"note":"","state":"NEW"})")};

OrderTopic::~OrderTopic() {
    (void)kfk_on_cluster({"topic", "delete", topic, "--yes"});
    delete_subject(subject);
}

std::string start_stand_in_registry(const std::vector<std::string>& args) {
    const std::string port_file = "/tmp/" + unique_name("schema19-registry-port");
    std::string command = std::string(KFK_SOURCE_DIR) + "/tests/support/auth_registry.py";
    for (const std::string& a : args) command += " '" + a + "'";
    command += " " + port_file + " >/dev/null 2>&1 &";
    REQUIRE(std::system(command.c_str()) == 0);
    std::string port;
    for (int i = 0; i < 300 && port.empty(); ++i) {
        std::ifstream(port_file) >> port;
        if (port.empty()) (void)run_process({"sleep", "0.1"});
    }
    REQUIRE_MESSAGE(!port.empty(), "auth_registry.py did not start");
    std::remove(port_file.c_str());
    return port;
}

std::string write_registry_context(const std::vector<std::string>& settings, std::string path) {
    if (path.empty()) path = "/tmp/" + unique_name("schema19-config");
    std::ofstream out(path);
    out << "current-context = reg\n[context reg]\nbootstrap.servers = " << local_cluster().bootstrap
        << "\n";
    for (const std::string& s : settings) out << s << "\n";
    return path;
}

}  // namespace kfk::test
