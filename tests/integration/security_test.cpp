// SCRAM-SHA-512 over TLS and over plaintext on the cluster's secured listeners; wrong
// credentials and a wrong CA fail fast with their own errors; no secret is ever printed.

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timing.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

std::vector<std::string> sasl_ssl(const std::string& password, const std::string& ca) {
    const SecureListeners& s = local_cluster().secure;
    return {"-b", s.sasl_ssl,
            "-X", "security.protocol=SASL_SSL",
            "-X", "sasl.mechanism=" + s.mechanism,
            "-X", "sasl.username=" + s.username,
            "-X", "sasl.password=" + password,
            "-X", "ssl.ca.location=" + ca};
}

ProcessResult secured(const std::vector<std::string>& connection,
                      const std::vector<std::string>& args) {
    std::vector<std::string> all = connection;
    all.insert(all.end(), args.begin(), args.end());
    return run_kfk(all);
}

std::string other_ca() {
    static const std::string path = [] {
        const std::string dir = "/tmp/kfk-other-ca-" + std::to_string(getpid());
        std::system(("mkdir -p " + dir +
                     " && openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=other "
                     "-keyout " +
                     dir + "/ca.key -out " + dir + "/ca.pem 2>/dev/null")
                        .c_str());
        return dir + "/ca.pem";
    }();
    return path;
}

}  // namespace

TEST_CASE("topic create, produce, describe and consume through SCRAM over TLS with the CA file") {
    const SecureListeners& s = local_cluster().secure;
    const auto tls = sasl_ssl(s.password, s.ca_location);
    const std::string topic = unique_name("secure");
    const auto created = secured(tls, {"topic", "create", topic, "-p", "2", "-r", "2"});
    REQUIRE_MESSAGE(created.exit_code == 0, created.err);

    ProcessOptions input;
    input.stdin_data = "over\ntls\n";
    std::vector<std::string> produce = tls;
    produce.insert(produce.end(), {"produce", topic, "-p", "1"});
    const auto produced = run_kfk(produce, input);
    REQUIRE_MESSAGE(produced.exit_code == 0, produced.err);
    const auto described = secured(tls, {"topic", "describe", topic, "-o", "json"});
    REQUIRE_MESSAGE(described.exit_code == 0, described.err);
    CHECK(json::parse(described.out)["topics"][0]["partitions"][1]["messages"] == 2);

    const auto consumed = secured(tls, {"consume", topic, "--from", "beginning", "-e", "-q"});
    CHECK_MESSAGE(consumed.exit_code == 0, consumed.err);
    CHECK(consumed.out == "over\ntls\n");

    const std::vector<std::string> plain_sasl{"-b", s.sasl_plaintext,
                                              "-X", "security.protocol=SASL_PLAINTEXT",
                                              "-X", "sasl.mechanism=" + s.mechanism,
                                              "-X", "sasl.username=" + s.username,
                                              "-X", "sasl.password=" + s.password};
    const auto listed = secured(plain_sasl, {"topic", "list", "--pattern", topic, "-o", "json"});
    CHECK_MESSAGE(listed.exit_code == 0, listed.err);
    CHECK(json::parse(listed.out)["topics"].size() == 1);
}

TEST_CASE("a wrong password is an authentication error, fast, and not a timeout") {
    const SecureListeners& s = local_cluster().secure;
    // Metadata first (cluster describe), an admin request first (topic create), and
    // librdkafka's blocking group listing (group list).
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"cluster", "describe"},
          std::vector<std::string>{"topic", "create", unique_name("never")},
          std::vector<std::string>{"group", "list"}}) {
        // Fast means well before the timeout: 5 s (15 s in a sanitizer build) of 30 s.
        std::vector<std::string> args{"--timeout", "30s"};
        args.insert(args.end(), command.begin(), command.end());
        const auto r = secured(sasl_ssl("not-the-password", s.ca_location), args);
        CAPTURE(command.front());
        CHECK(r.exit_code == 1);
        CHECK(r.err.rfind("kfk: authenticate to ", 0) == 0);
        CHECK(r.err.find("Authentication failed") != std::string::npos);
        const auto timing = faster_than(r, 5s);
        CHECK_MESSAGE(timing.ok, timing.detail);
    }
}

TEST_CASE("a wrong CA is a TLS error, fast") {
    const SecureListeners& s = local_cluster().secure;
    const auto r = secured(sasl_ssl(s.password, other_ca()), {"--timeout", "30s", "topic", "list"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.rfind("kfk: TLS handshake with ", 0) == 0);
    CHECK(r.err.find("certificate verify failed") != std::string::npos);
    const auto timing = faster_than(r, 5s);
    CHECK_MESSAGE(timing.ok, timing.detail);
}

TEST_CASE(
    "no secret appears in any output of a failing or succeeding secured run, also with -v and "
    "-vv") {
    const SecureListeners& s = local_cluster().secure;
    const std::string wrong = "wrong-secret-4711";
    const std::string topic = create_topic("secret-grep", 1, 1);
    for (const char* verbosity : {"-q", "-v", "-vv"}) {
        for (const auto& [password, ca] :
             {std::pair{s.password, s.ca_location}, std::pair{wrong, s.ca_location},
              std::pair{s.password, other_ca()}}) {
            for (const std::vector<std::string>& command :
                 {std::vector<std::string>{"cluster", "describe", "-o", "json"},
                  std::vector<std::string>{"topic", "describe", topic},
                  std::vector<std::string>{"consume", topic, "-e", "--from", "beginning"}}) {
                std::vector<std::string> args{verbosity, "--timeout", "5s"};
                args.insert(args.end(), command.begin(), command.end());
                const auto r = secured(sasl_ssl(password, ca), args);
                CAPTURE(verbosity);
                CAPTURE(command[0]);
                CHECK(r.out.find(password) == std::string::npos);
                CHECK(r.err.find(password) == std::string::npos);
            }
        }
    }
}
