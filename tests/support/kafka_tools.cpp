#include "support/kafka_tools.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "support/local_cluster.hpp"

namespace kfk::test {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::vector<std::string> numbered(int from, int to) {
    std::vector<std::string> out;
    for (int i = from; i < to; ++i) out.push_back("m" + std::to_string(i));
    return out;
}

ProcessResult kfk_on_cluster(const std::vector<std::string>& args, const ProcessOptions& options) {
    std::vector<std::string> all{"-b", local_cluster().bootstrap};
    all.insert(all.end(), args.begin(), args.end());
    return run_kfk(all, options);
}

nlohmann::json kfk_json(const std::vector<std::string>& args) {
    std::vector<std::string> all{"-o", "json"};
    all.insert(all.end(), args.begin(), args.end());
    const ProcessResult r = kfk_on_cluster(all);
    REQUIRE_MESSAGE(r.exit_code == 0, "kfk exited " << r.exit_code << ": " << r.err);
    return nlohmann::json::parse(r.out);
}

std::string create_topic(const std::string& prefix, int partitions, int replication_factor,
                         const std::vector<std::string>& extra) {
    const std::string name = unique_name(prefix);
    std::vector<std::string> args{"topic",
                                  "create",
                                  name,
                                  "-p",
                                  std::to_string(partitions),
                                  "-r",
                                  std::to_string(replication_factor)};
    args.insert(args.end(), extra.begin(), extra.end());
    const ProcessResult r = kfk_on_cluster(args);
    REQUIRE_MESSAGE(r.exit_code == 0, "topic create exited " << r.exit_code << ": " << r.err);
    return name;
}

nlohmann::json kcat_topic_metadata(const std::string& topic) {
    const ProcessResult r =
        run_process({"kcat", "-L", "-J", "-b", local_cluster().bootstrap, "-t", topic});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const nlohmann::json metadata = nlohmann::json::parse(r.out);
    for (const auto& t : metadata["topics"]) {
        if (t["topic"] == topic && !t.contains("error")) return t;
    }
    return nlohmann::json::object();
}

void kcat_produce(const std::string& topic, int partition, const std::vector<std::string>& lines) {
    std::string input;
    for (const std::string& line : lines) input += line + "\n";
    ProcessOptions options;
    options.stdin_data = input;
    const ProcessResult r = run_process({"kcat", "-P", "-b", local_cluster().bootstrap, "-t", topic,
                                         "-p", std::to_string(partition)},
                                        options);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
}

namespace {

std::string kafka_classpath() {
    static const std::string classpath = [] {
        const ProcessResult r = run_process({KFK_SOURCE_DIR "/scripts/cluster", "classpath"});
        REQUIRE_MESSAGE(r.exit_code == 0, r.err);
        std::string cp = r.out;
        while (!cp.empty() && cp.back() == '\n') cp.pop_back();
        return cp;
    }();
    return classpath;
}

}  // namespace

std::string kafka_configs(const std::vector<std::string>& args) {
    // Kafka 4 moved the tool from the core jar (Scala) to the tools jar.
    ProcessResult r;
    for (const char* main_class :
         {"kafka.admin.ConfigCommand", "org.apache.kafka.tools.ConfigCommand"}) {
        std::vector<std::string> argv{"java",
                                      "-cp",
                                      kafka_classpath(),
                                      main_class,
                                      "--bootstrap-server",
                                      local_cluster().bootstrap};
        argv.insert(argv.end(), args.begin(), args.end());
        r = run_process(argv);
        if (r.err.find("Could not find or load main class") == std::string::npos) break;
    }
    REQUIRE_MESSAGE(r.exit_code == 0, "kafka-configs " << args.front() << ": " << r.err);
    return r.out;
}

std::map<std::string, std::string> kafka_broker_dynamic_configs(const std::string& broker) {
    std::vector<std::string> args{"--entity-type", "brokers", "--describe"};
    if (broker.empty()) {
        args.push_back("--entity-default");
    } else {
        args.insert(args.end(), {"--entity-name", broker});
    }
    // "  message.max.bytes=2000000 sensitive=false synonyms={DYNAMIC_BROKER_CONFIG:...}"
    std::map<std::string, std::string> out;
    for (const std::string& line : lines_of(kafka_configs(args))) {
        if (line.rfind("  ", 0) != 0) continue;  // the "Dynamic configs for ..." title
        const std::size_t eq = line.find('=');
        const std::size_t end = line.find(" sensitive=");
        if (eq == std::string::npos || end == std::string::npos) continue;
        out[line.substr(2, eq - 2)] = line.substr(eq + 1, end - eq - 1);
    }
    return out;
}

}  // namespace kfk::test
