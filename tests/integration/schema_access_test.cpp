// How kfk reaches the registry: basic auth and a TLS CA from a context. Apicurio runs
// without either here, so tests/support/auth_registry.py stands in (schema_support.hpp).

#include <doctest/doctest.h>

#include <cstdio>

#include "schema_support.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

ProcessOptions without_registry_env() {
    ProcessOptions options;
    options.env = {{"KFK_REGISTRY", std::nullopt}};
    return options;
}

}  // namespace

TEST_CASE("schema: basic auth from the context, refused credentials are exit 1 with the message") {
    const std::string port = start_stand_in_registry();
    auto write_config = [&](const std::string& user_info, const std::string& path = "") {
        return write_registry_context({"schema.registry.url = http://127.0.0.1:" + port,
                                       "schema.registry.basic.auth.user.info = " + user_info},
                                      path);
    };
    const ProcessOptions no_env = without_registry_env();

    const std::string config = write_config("ops:pw");
    (void)run_process({"chmod", "644", config});
    const ProcessResult ok = run_kfk({"--config", config, "schema", "list", "-o", "json"}, no_env);
    CHECK_MESSAGE(ok.exit_code == 0, ok.err);
    CHECK(json::parse(ok.out) == json::array());
    CHECK(has(ok.err, "holds a secret but is readable by group or others"));
    const ProcessResult shown = run_kfk({"--config", config, "config", "show"}, no_env);
    CHECK(has(shown.out, "schema.registry.basic.auth.user.info"));
    CHECK_FALSE(has(shown.out, "ops:pw"));

    write_config("ops:wrong", config);
    const ProcessResult refused = run_kfk({"--config", config, "schema", "list"}, no_env);
    CHECK(refused.exit_code == 1);
    CHECK(lines_of(refused.err).size() == 2);  // the permission warning, then the error
    CHECK(has(refused.err,
              "kfk: list subjects: schema registry answered HTTP 401: "
              "Unauthorized: bad credentials"));
    CHECK_FALSE(has(refused.err, "ops:wrong"));
    std::remove(config.c_str());
}

TEST_CASE("schema: schema.registry.ssl.ca.location from the context verifies an https registry") {
    // A throwaway self-signed certificate for 127.0.0.1, which is its own CA.
    const std::string dir = "/tmp/" + unique_name("schema19-tls");
    const std::string cert = dir + "/cert.pem";
    const std::string key = dir + "/key.pem";
    const ProcessResult made = run_process(
        {"sh", "-c",
         "mkdir -p " + dir +
             " && openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 "
             "-addext subjectAltName=IP:127.0.0.1 -keyout " +
             key + " -out " + cert + " 2>&1"});
    REQUIRE_MESSAGE(made.exit_code == 0, made.out);
    const std::string port = start_stand_in_registry({"--tls", cert, key});
    const std::string url = "schema.registry.url = https://127.0.0.1:" + port;
    const std::string auth = "schema.registry.basic.auth.user.info = ops:pw";
    const ProcessOptions no_env = without_registry_env();

    // Without the CA, curl cannot verify the certificate: exit 1, not a timeout.
    const std::string unverified = write_registry_context({url, auth});
    const ProcessResult refused =
        run_kfk({"--config", unverified, "schema", "list", "-o", "json"}, no_env);
    CHECK(refused.exit_code == 1);
    CHECK(has(refused.err, "kfk: list subjects: "));
    CHECK(has(refused.err, "certificate"));

    const std::string trusted =
        write_registry_context({url, auth, "schema.registry.ssl.ca.location = " + cert});
    const ProcessResult ok = run_kfk({"--config", trusted, "schema", "list", "-o", "json"}, no_env);
    CHECK_MESSAGE(ok.exit_code == 0, ok.err);
    CHECK(ok.out == "[]\n");
    std::remove(unverified.c_str());
    std::remove(trusted.c_str());
    (void)run_process({"rm", "-rf", dir});
}
