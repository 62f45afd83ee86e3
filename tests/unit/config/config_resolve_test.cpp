// Precedence of client settings: flag > environment > context > default.

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "kfk/config/resolve.hpp"
#include "kfk/error.hpp"

namespace {

struct TempDir {
    std::string path;
    TempDir() {
        char pattern[] = "/tmp/kfk-config-test-XXXXXX";
        path = mkdtemp(pattern);
    }
    ~TempDir() { std::system(("rm -rf " + path).c_str()); }
    std::string write(const std::string& name, const std::string& text, mode_t mode = 0600) const {
        const std::string file = path + "/" + name;
        std::ofstream(file) << text;
        chmod(file.c_str(), mode);
        return file;
    }
};

const char* contexts =
    "current-context = a\n"
    "[context a]\n"
    "bootstrap.servers = a:9092\n"
    "client.id = from-a\n"
    "[context b]\n"
    "bootstrap.servers = b:9092\n"
    "sasl.password = hunter2\n";

}  // namespace

TEST_CASE("no config file: the default brokers") {
    kfk::ConfigSources s;
    s.default_config_path = "/nonexistent/kfk/config";
    CHECK(kfk::resolve_client_config(s).client.brokers == "localhost:9092");
}

TEST_CASE("the current context, another context, then -b, each beating the one before") {
    TempDir dir;
    kfk::ConfigSources s;
    s.default_config_path = dir.write("config", contexts);
    auto r = kfk::resolve_client_config(s);
    CHECK(r.context == "a");
    CHECK(r.client.brokers == "a:9092");
    CHECK(r.client.properties == std::vector<kfk::Property>{{"client.id", "from-a"}});

    s.context = "b";
    r = kfk::resolve_client_config(s);
    CHECK(r.client.brokers == "b:9092");
    CHECK(r.warnings.empty());  // 0600

    s.brokers = "flag:9092";
    CHECK(kfk::resolve_client_config(s).client.brokers == "flag:9092");
}

TEST_CASE("-F properties beat the context, -X beats -F") {
    TempDir dir;
    kfk::ConfigSources s;
    s.default_config_path = dir.write("config", contexts);
    s.command_config =
        dir.write("client.properties", "bootstrap.servers=f:9092\nclient.id=from-f\n");
    auto r = kfk::resolve_client_config(s);
    CHECK(r.client.brokers == "f:9092");
    CHECK(r.client.properties ==
          std::vector<kfk::Property>{{"client.id", "from-a"}, {"client.id", "from-f"}});
    s.properties = {{"bootstrap.servers", "x:9092"}};
    CHECK(kfk::resolve_client_config(s).client.brokers == "x:9092");
}

TEST_CASE("a secret in a file others can read gives a warning") {
    TempDir dir;
    kfk::ConfigSources s;
    s.default_config_path = dir.write("config", contexts, 0644);
    s.context = "b";
    const auto r = kfk::resolve_client_config(s);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].find("readable by group or others") != std::string::npos);
    CHECK(r.warnings[0].find("hunter2") == std::string::npos);
    s.context = "a";  // no secret in a: no warning
    CHECK(kfk::resolve_client_config(s).warnings.empty());
}

TEST_CASE("unknown context and missing explicit files are usage errors") {
    TempDir dir;
    kfk::ConfigSources s;
    s.default_config_path = dir.write("config", contexts);
    s.context = "nope";
    CHECK_THROWS_AS(kfk::resolve_client_config(s), kfk::Error);
    s.context.reset();
    s.config_path = dir.path + "/missing";
    CHECK_THROWS_AS(kfk::resolve_client_config(s), kfk::Error);
    s.config_path.reset();
    s.command_config = dir.path + "/missing.properties";
    CHECK_THROWS_AS(kfk::resolve_client_config(s), kfk::Error);
}
