#include "support/local_cluster.hpp"

#include <unistd.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "support/process.hpp"

namespace kfk::test {

namespace {

LocalCluster read_cluster_info() {
    const ProcessResult info = run_process({KFK_SOURCE_DIR "/scripts/cluster", "info"});
    if (info.exit_code != 0) {
        throw std::runtime_error("the local cluster is not up (scripts/cluster up): " + info.err);
    }
    const auto j = nlohmann::json::parse(info.out);
    LocalCluster cluster;
    cluster.cluster_id = j.at("cluster_id").get<std::string>();
    cluster.kafka_version = j.at("kafka_version").get<std::string>();
    cluster.bootstrap = j.at("bootstrap").get<std::string>();
    for (const auto& b : j.at("brokers")) {
        cluster.brokers.push_back(
            {b.at("id").get<int>(), b.at("host").get<std::string>(), b.at("port").get<int>()});
    }
    const auto& secure = j.at("secure");
    cluster.secure = {secure.at("sasl_plaintext").get<std::string>(),
                      secure.at("sasl_ssl").get<std::string>(),
                      secure.at("ca_location").get<std::string>(),
                      secure.at("mechanism").get<std::string>(),
                      secure.at("username").get<std::string>(),
                      secure.at("password").get<std::string>(),
                      secure.at("acl_username").get<std::string>(),
                      secure.at("acl_password").get<std::string>()};
    return cluster;
}

}  // namespace

const LocalCluster& local_cluster() {
    static const LocalCluster cluster = read_cluster_info();
    return cluster;
}

std::string unique_name(const std::string& prefix) {
    static std::atomic<int> counter{0};
    return prefix + "-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
}

}  // namespace kfk::test
