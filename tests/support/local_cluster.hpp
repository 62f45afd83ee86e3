#pragma once
// What scripts/cluster says about the running local cluster, read once per test run.

#include <string>
#include <vector>

namespace kfk::test {

struct ClusterBroker {
    int id = 0;
    std::string host;
    int port = 0;
};

struct LocalCluster {
    std::string cluster_id;
    std::string kafka_version;
    std::string bootstrap;  // for -b
    std::vector<ClusterBroker> brokers;
};

// Throws (failing the test) when the cluster is not up.
const LocalCluster& local_cluster();

// A name no earlier run can have used, for topics and groups: "<prefix>-<pid>-<n>".
std::string unique_name(const std::string& prefix);

}  // namespace kfk::test
