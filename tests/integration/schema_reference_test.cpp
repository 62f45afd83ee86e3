// A schema with references: an Avro record that uses a named type registered under
// another subject ("references" in the registration, made with curl). kfk resolves it
// when it decodes and when it encodes; schema_tool resolves it on its own.

#include <doctest/doctest.h>

#include "schema_support.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

TEST_CASE("schema: an Avro schema referencing another subject's type, decoded and encoded") {
    const std::string money = unique_name("schema19-money");
    register_with_curl(money, R"({"type":"record","name":"Money","namespace":"kfk.test",
      "fields":[{"name":"amount","type":"long"},{"name":"currency","type":"string"}]})");
    const std::string topic = create_topic("schema19-ref", 1, 1);
    const std::string subject = topic + "-value";
    const int id = register_with_curl(subject, R"({"type":"record","name":"Invoice",
      "namespace":"kfk.test","fields":[{"name":"number","type":"string"},
      {"name":"total","type":"kfk.test.Money"},
      {"name":"lines","type":{"type":"array","items":"kfk.test.Money"}}]})",
                                      "AVRO", {{"kfk.test.Money", money, 1}});
    const std::vector<json> invoices{
        json::parse(R"({"number":"A-1","total":{"amount":300,"currency":"EUR"},
          "lines":[{"amount":100,"currency":"EUR"},{"amount":200,"currency":"EUR"}]})"),
        json::parse(R"({"number":"A-2","total":{"amount":0,"currency":"USD"},"lines":[]})")};
    std::vector<std::string> framed;
    for (const json& invoice : invoices) framed.push_back(tool_encode(id, invoice));
    produce_raw(topic, framed);

    const std::vector<json> lines = decoded_jsonl(topic, {"--decode", "value=avro"});
    REQUIRE(lines.size() == invoices.size());
    for (std::size_t i = 0; i < invoices.size(); ++i) CHECK(lines[i]["value"] == invoices[i]);

    // Encoding by subject resolves the reference too; schema_tool decodes what kfk wrote.
    const std::string copy = create_topic("schema19-ref-copy", 1, 1);
    ProcessOptions pipe;
    for (const json& line : lines) pipe.stdin_data += line.dump() + "\n";
    const ProcessResult in = kfk_schema(
        {"produce", copy, "-q", "--input", "json", "--encode", "value=avro", "--subject", subject},
        pipe);
    REQUIRE_MESSAGE(in.exit_code == 0, in.err);
    const std::vector<std::string> written = raw_values(copy);
    CHECK(written == framed);
    REQUIRE(written.size() == invoices.size());
    CHECK(tool_decode(written[0])["value"] == invoices[0]);

    (void)kfk_on_cluster({"topic", "delete", topic, copy, "--yes"});
    delete_subject(subject);  // first: a referenced subject cannot go while in use
    delete_subject(money);
}
