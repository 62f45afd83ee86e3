// Contexts, -F properties files, -X and KFK_* variables against the real cluster.

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

struct ConfigHome {
    std::string dir;
    ConfigHome() {
        char pattern[] = "/tmp/kfk-config-XXXXXX";
        dir = mkdtemp(pattern);
    }
    ~ConfigHome() { std::system(("rm -rf " + dir).c_str()); }
    std::string write(const std::string& name, const std::string& text, mode_t mode = 0600) const {
        const std::string path = dir + "/" + name;
        std::ofstream(path) << text;
        chmod(path.c_str(), mode);
        return path;
    }
    // kfk with this directory as XDG_CONFIG_HOME and no KFK_* variables from outside.
    ProcessResult kfk(
        const std::vector<std::string>& args,
        std::vector<std::pair<std::string, std::optional<std::string>>> env = {}) const {
        ProcessOptions options;
        options.env = {{"XDG_CONFIG_HOME", dir},
                       {"KFK_BROKERS", std::nullopt},
                       {"KFK_CONTEXT", std::nullopt},
                       {"KFK_CONFIG", std::nullopt}};
        options.env.insert(options.env.end(), env.begin(), env.end());
        return run_kfk(args, options);
    }
};

const std::string unreachable = "127.0.0.1:1";

std::string contexts_file() {
    return "current-context = broken\n"
           "[context broken]\n"
           "bootstrap.servers = " +
           unreachable +
           "\n"
           "[context local]\n"
           "bootstrap.servers = " +
           local_cluster().bootstrap +
           "\n"
           "client.id = kfk-context-test\n";
}

}  // namespace

TEST_CASE("the current context is used, --context and KFK_CONTEXT pick another, -b beats them") {
    ConfigHome home;
    std::system(("mkdir -p " + home.dir + "/kfk").c_str());
    home.write("kfk/config", contexts_file());
    const std::vector<std::string> describe{"--timeout", "2s", "cluster", "describe", "-o", "json"};

    CHECK(home.kfk(describe).exit_code == 6);  // the current context is unreachable

    auto args = describe;
    args.insert(args.begin(), {"--context", "local"});
    const auto flag = home.kfk(args);
    CHECK_MESSAGE(flag.exit_code == 0, flag.err);
    CHECK(json::parse(flag.out)["cluster_id"] == local_cluster().cluster_id);

    CHECK(home.kfk(describe, {{"KFK_CONTEXT", "local"}}).exit_code == 0);
    // The environment's brokers beat the context's; -b beats the environment.
    CHECK(home.kfk(describe, {{"KFK_CONTEXT", "local"}, {"KFK_BROKERS", unreachable}}).exit_code ==
          6);
    args = describe;
    args.insert(args.begin(), {"-b", local_cluster().bootstrap});
    CHECK(home.kfk(args, {{"KFK_BROKERS", unreachable}}).exit_code == 0);

    const auto unknown = home.kfk({"--context", "nope", "cluster", "describe"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("context nope") != std::string::npos);
}

TEST_CASE("kfk config list, show (secrets hidden) and use") {
    ConfigHome home;
    std::system(("mkdir -p " + home.dir + "/kfk").c_str());
    home.write("kfk/config",
               contexts_file() + "sasl.username = alice\nsasl.password = hunter2-secret\n");

    const auto list = home.kfk({"config", "list", "-o", "json"});
    REQUIRE_MESSAGE(list.exit_code == 0, list.err);
    const json l = json::parse(list.out);
    CHECK(l["current"] == "broken");
    REQUIRE(l["contexts"].size() == 2);
    CHECK(l["contexts"][1] == json{{"name", "local"},
                                   {"current", false},
                                   {"bootstrap_servers", local_cluster().bootstrap}});

    const auto show = home.kfk({"config", "show", "local"});
    CHECK(show.exit_code == 0);
    CHECK(show.out.find("sasl.username") != std::string::npos);
    CHECK(show.out.find("(secret)") != std::string::npos);
    const auto show_json = home.kfk({"config", "show", "local", "-o", "json"});
    for (const auto* r : {&show, &show_json}) {
        CHECK(r->out.find("hunter2") == std::string::npos);
        CHECK(r->err.find("hunter2") == std::string::npos);
    }

    CHECK(home.kfk({"config", "use", "nope"}).exit_code == 3);
    const auto use = home.kfk({"config", "use", "local"});
    CHECK(use.exit_code == 0);
    CHECK(json::parse(home.kfk({"config", "list", "-o", "json"}).out)["current"] == "local");
    CHECK(home.kfk({"--timeout", "5s", "cluster", "describe"}).exit_code == 0);
}

TEST_CASE("-F reads a Java client properties file, like kafka-topics.sh --command-config") {
    ConfigHome home;
    const std::string file = home.write("client.properties",
                                        "# as the Java tools take it\n"
                                        "bootstrap.servers=" +
                                            local_cluster().bootstrap +
                                            "\n"
                                            "client.id : from-properties\n");
    const auto ok = home.kfk({"-F", file, "cluster", "describe", "-o", "json"});
    CHECK_MESSAGE(ok.exit_code == 0, ok.err);

    const std::string jks =
        home.write("jks.properties", "ssl.truststore.location=/etc/kafka/truststore.jks\n");
    const auto refused = home.kfk({"-F", jks, "cluster", "describe"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("ssl.truststore.location") != std::string::npos);
    CHECK(home.kfk({"-F", home.dir + "/missing", "cluster", "describe"}).exit_code == 2);
}

TEST_CASE("a config file holding a secret readable by others gives a warning, and still works") {
    ConfigHome home;
    std::system(("mkdir -p " + home.dir + "/kfk").c_str());
    home.write("kfk/config",
               "current-context = local\n[context local]\nbootstrap.servers = " +
                   local_cluster().bootstrap + "\nssl.key.password = not-used-here\n",
               0644);
    const auto r = home.kfk({"cluster", "describe", "-o", "json"});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.err.find("readable by group or others") != std::string::npos);
    CHECK(r.err.find("not-used-here") == std::string::npos);
}

TEST_CASE("an unknown -X property exits 2 with librdkafka's message naming it") {
    ConfigHome home;
    const auto r = home.kfk({"-X", "no.such.thing=1", "cluster", "describe"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("no.such.thing") != std::string::npos);
    CHECK(r.err.find("No such configuration property") != std::string::npos);
}
