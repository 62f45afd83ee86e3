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

// The cluster's brokers, by id, from a Metadata request for no topic: what a wait on
// every broker needs, without every topic's metadata. Throws as fetch_cluster_metadata
// does (a failed login at once, an unreachable cluster at the deadline), so it also
// serves as the connection check before librdkafka calls that block to their timeout
// and see neither, such as rd_kafka_list_groups.
std::vector<BrokerAddress> fetch_brokers(rd_kafka_t* handle, const Deadline& deadline,
                                         const std::string& brokers);

}  // namespace kfk
