#include "kfk/config/config_file.hpp"

#include <doctest/doctest.h>

#include "kfk/config/properties_file.hpp"
#include "kfk/error.hpp"

using kfk::Property;
using Properties = std::vector<Property>;

TEST_CASE("config file: contexts, current context, comments") {
    const kfk::ConfigFile f = kfk::parse_config_file(
        "# kfk contexts\n"
        "current-context = prod\n"
        "\n"
        "[context prod]\n"
        "bootstrap.servers = b1:9092,b2:9092\n"
        "sasl.password = p=w   \n"
        "; another comment\n"
        "[context local]\n"
        "bootstrap.servers=localhost:9092\n",
        "cfg");
    CHECK(f.current == "prod");
    REQUIRE(f.contexts.size() == 2);
    CHECK(f.contexts[0].properties ==
          Properties{{"bootstrap.servers", "b1:9092,b2:9092"}, {"sasl.password", "p=w"}});
    REQUIRE(f.find("local") != nullptr);
    CHECK(f.find("local")->properties == Properties{{"bootstrap.servers", "localhost:9092"}});
    CHECK(f.find("nope") == nullptr);
}

TEST_CASE("config file errors name the line") {
    const std::pair<const char*, const char*> cases[] = {
        {"[context a]\nno equals sign\n", "cfg:2"},
        {"[contxt a]\n", "cfg:1"},
        {"[context a\n", "cfg:1"},
        {"key = outside\n", "cfg:1"},
        {"[context a]\n[context a]\n", "cfg:2"},
        {"[context a]\n = v\n", "cfg:2"},
    };
    for (const auto& [text, where] : cases) {
        CAPTURE(text);
        try {
            kfk::parse_config_file(text, "cfg");
            FAIL("expected an error");
        } catch (const kfk::Error& e) {
            CHECK(e.code() == kfk::ExitCode::usage);
            CHECK(e.line().rfind(std::string("kfk: ") + where + ":", 0) == 0);
        }
    }
}

TEST_CASE("setting the current context keeps every other line") {
    CHECK(
        kfk::with_current_context("current-context = a\n[context a]\nx = 1\n[context b]\n", "b") ==
        "current-context = b\n[context a]\nx = 1\n[context b]\n");
    CHECK(
        kfk::with_current_context("# mine\n[context b]\ncurrent-context = not-top-level\n", "b") ==
        "current-context = b\n\n# mine\n[context b]\ncurrent-context = not-top-level\n");
    CHECK(kfk::with_current_context("", "x") == "current-context = x\n");
    // Duplicates (the last one counts) are all rewritten, found by fuzzing.
    CHECK(kfk::with_current_context("current-context = a\ncurrent-context=b\n", "x") ==
          "current-context = x\ncurrent-context = x\n");
}

TEST_CASE(".properties: separators, comments, escapes, continuations") {
    const Properties p = kfk::parse_properties(
        "# comment\n"
        "! also a comment\n"
        "bootstrap.servers=b1:9092\n"
        "security.protocol : SASL_SSL\n"
        "sasl.mechanism SCRAM-SHA-512\n"
        "   client.id   =   spaced out\n"
        "key\\=with\\:seps = v\n"
        "multi = one, \\\n"
        "        two\n"
        "unicode = caf\\u00e9\n"
        "tab = a\\tb\n"
        "empty=\n"
        "crlf = yes\r\n",
        "f.properties");
    CHECK(p == Properties{{"bootstrap.servers", "b1:9092"},
                          {"security.protocol", "SASL_SSL"},
                          {"sasl.mechanism", "SCRAM-SHA-512"},
                          {"client.id", "spaced out"},
                          {"key=with:seps", "v"},
                          {"multi", "one, two"},
                          {"unicode", "caf\xc3\xa9"},
                          {"tab", "a\tb"},
                          {"empty", ""},
                          {"crlf", "yes"}});
    CHECK_THROWS_AS(kfk::parse_properties("bad = \\u12\n", "f"), kfk::Error);
}

TEST_CASE("Java client properties are translated to librdkafka's") {
    const Properties java{
        {"bootstrap.servers", "b:9093"},
        {"security.protocol", "SASL_SSL"},
        {"sasl.jaas.config",
         "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"alice\" "
         "password=\"s3 \\\"cret\";"},
        {"ssl.truststore.type", "PEM"},
        {"ssl.truststore.location", "/ca.pem"},
    };
    CHECK(kfk::translate_java_properties(java, "f") == Properties{{"bootstrap.servers", "b:9093"},
                                                                  {"security.protocol", "SASL_SSL"},
                                                                  {"sasl.username", "alice"},
                                                                  {"sasl.password", "s3 \"cret"},
                                                                  {"ssl.ca.location", "/ca.pem"}});
}

TEST_CASE("Java settings librdkafka cannot use are refused with what to do instead") {
    for (const Properties& bad :
         {Properties{{"ssl.truststore.location", "/x.jks"}},
          Properties{{"ssl.keystore.location", "/k.jks"}},
          Properties{{"key.serializer", "org.apache.kafka.common.serialization.StringSerializer"}},
          Properties{{"sasl.jaas.config", "SomeModule required;"}}}) {
        CAPTURE(bad[0].key);
        try {
            kfk::translate_java_properties(bad, "f.properties");
            FAIL("expected an error");
        } catch (const kfk::Error& e) {
            CHECK(e.code() == kfk::ExitCode::usage);
            CHECK(e.line().find(bad[0].key) != std::string::npos);
        }
    }
}
