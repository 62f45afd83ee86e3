#pragma once
// Reads cluster metadata through a librdkafka handle.

#include <librdkafka/rdkafka.h>

#include <string>

#include "kfk/deadline.hpp"
#include "kfk/metadata.hpp"

namespace kfk {

// One Metadata request for all topics (never per-topic handles, which could create
// topics), plus the cluster id and controller. An unreachable cluster is a timeout
// Error naming `brokers`.
ClusterMetadata fetch_cluster_metadata(rd_kafka_t* handle, const Deadline& deadline,
                                       const std::string& brokers);

}  // namespace kfk
