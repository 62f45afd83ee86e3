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

// The secured listeners: SCRAM over plaintext and over TLS.
struct SecureListeners {
    std::string sasl_plaintext;  // bootstrap list
    std::string sasl_ssl;        // bootstrap list
    std::string ca_location;     // the throwaway CA that signed the brokers' certificate
    std::string mechanism;
    std::string username;
    std::string password;
    // A second SCRAM user with no rights beyond what ACLs grant it.
    std::string acl_username;
    std::string acl_password;
};

struct LocalCluster {
    std::string cluster_id;
    std::string kafka_version;
    std::string bootstrap;  // for -b
    std::vector<ClusterBroker> brokers;
    SecureListeners secure;
};

// Throws (failing the test) when the cluster is not up.
const LocalCluster& local_cluster();

// A name no earlier run can have used, for topics and groups: "<prefix>-<pid>-<n>".
std::string unique_name(const std::string& prefix);

}  // namespace kfk::test
