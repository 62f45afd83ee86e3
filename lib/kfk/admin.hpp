#pragma once
// kfk's admin client: one librdkafka handle, every admin operation as a method that
// returns kfk's own result structs and throws kfk::Error.

#include "kfk/client_config.hpp"
#include "kfk/cluster_description.hpp"
#include "kfk/metadata.hpp"
#include "kfk/rdkafka_handle.hpp"

namespace kfk {

class Admin {
public:
    explicit Admin(ClientConfig config);

    // Brokers, topics and partitions, within the config's timeout.
    ClusterMetadata metadata();

    ClusterDescription describe_cluster();

private:
    ClientConfig config_;
    HandlePtr handle_;
};

}  // namespace kfk
