// `config show` and `config list` on hand-built contexts: secret values never reach the
// output, in any format, while every other value does.

#include "kfk/render/config_render.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "kfk/client/client_config.hpp"

namespace {

// Every kind of secret is_secret_property knows, each with a value found nowhere else.
const std::vector<kfk::Property> secrets{
    {"sasl.password", "hunter2-sasl"},
    {"ssl.key.password", "hunter2-keypass"},
    {"ssl.keystore.password", "hunter2-keystore"},
    {"sasl.oauthbearer.client.secret", "hunter2-oauth"},
    {"sasl.oauthbearer.token.endpoint.url", "https://hunter2-token"},
    {"sasl.jaas.config", "hunter2-jaas"},
    {"ssl.key.pem", "hunter2-pem"},
};

kfk::Context sample() {
    kfk::Context c;
    c.name = "prod";
    c.properties = {{"bootstrap.servers", "kafka-1:9093"}, {"sasl.username", "alice"}};
    c.properties.insert(c.properties.end(), secrets.begin(), secrets.end());
    c.properties.push_back({"security.protocol", "SASL_SSL"});
    return c;
}

std::string show(const kfk::Context& c, kfk::OutputFormat format) {
    std::ostringstream out;
    kfk::RenderOptions options;
    options.format = format;
    kfk::render(c, options, out);
    return out.str();
}

std::string list(const kfk::ConfigFile& f, kfk::OutputFormat format) {
    std::ostringstream out;
    kfk::RenderOptions options;
    options.format = format;
    kfk::render(f, options, out);
    return out.str();
}

}  // namespace

TEST_CASE("config show as a table: secrets as (secret), every other value as it is") {
    const std::string out = show(sample(), kfk::OutputFormat::table);
    REQUIRE(!secrets.empty());
    for (const kfk::Property& p : secrets) {
        CAPTURE(p.key);
        CHECK(out.find(p.value) == std::string::npos);
        CHECK(out.find(p.key) != std::string::npos);  // the key is shown, only the value hidden
    }
    CHECK(out.find("hunter2") == std::string::npos);
    // One "(secret)" per secret, and the plain values shown.
    std::size_t hidden = 0;
    for (std::size_t at = out.find("(secret)"); at != std::string::npos;
         at = out.find("(secret)", at + 1))
        ++hidden;
    CHECK(hidden == secrets.size());
    CHECK(out.find("kafka-1:9093") != std::string::npos);
    CHECK(out.find("alice") != std::string::npos);
    CHECK(out.find("SASL_SSL") != std::string::npos);
}

TEST_CASE("config show as JSON: a secret's value is null and marked secret") {
    const std::string out = show(sample(), kfk::OutputFormat::json);
    CHECK(out.find("hunter2") == std::string::npos);
    const auto j = nlohmann::json::parse(out);
    CHECK(j["name"] == "prod");
    const auto& properties = j["properties"];
    REQUIRE(properties.size() == sample().properties.size());
    std::size_t hidden = 0;
    for (const auto& p : properties) {
        CAPTURE(p.dump());
        const bool secret = kfk::is_secret_property(p["key"].get<std::string>());
        CHECK(p["secret"] == secret);
        if (secret) {
            CHECK(p["value"].is_null());
            ++hidden;
        } else {
            CHECK(p["value"].is_string());
        }
    }
    CHECK(hidden == secrets.size());
    CHECK(properties[0]["value"] == "kafka-1:9093");
}

TEST_CASE("config list shows names and bootstrap servers, never a secret") {
    kfk::ConfigFile f;
    f.path = "/home/alice/.config/kfk/config";
    f.current = "prod";
    f.contexts = {sample(), kfk::Context{"local", {{"bootstrap.servers", "localhost:9092"}}}};
    for (const auto format : {kfk::OutputFormat::table, kfk::OutputFormat::json}) {
        const std::string out = list(f, format);
        CHECK(out.find("hunter2") == std::string::npos);
        CHECK(out.find("kafka-1:9093") != std::string::npos);
        CHECK(out.find("localhost:9092") != std::string::npos);
    }
}
