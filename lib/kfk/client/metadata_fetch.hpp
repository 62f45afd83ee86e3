#pragma once
// Reads cluster metadata through a librdkafka handle.

#include <librdkafka/rdkafka.h>

#include <string>
#include <vector>

#include "kfk/client/metadata.hpp"
#include "kfk/deadline.hpp"

namespace kfk {

// One Metadata request, plus the cluster id: for every topic, or only for
// `topics` when given (a cluster of thousands of topics answers a command about one of
// them much faster). A named topic that does not exist is left out, as it is from the
// full list; the handles never let a request create one. An unreachable cluster is a
// timeout Error naming `brokers`.
ClusterMetadata fetch_cluster_metadata(rd_kafka_t* handle, const Deadline& deadline,
                                       const std::string& brokers,
                                       const std::vector<std::string>& topics = {});

// Returns once a broker has answered a Metadata request for the brokers alone; throws
// as fetch_cluster_metadata does (a failed login at once, an unreachable cluster at the
// deadline). For librdkafka calls that block to their timeout and see neither, such as
// rd_kafka_list_groups.
void wait_for_cluster(rd_kafka_t* handle, const Deadline& deadline, const std::string& brokers);

}  // namespace kfk
