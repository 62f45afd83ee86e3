#pragma once
// `kfk cluster wait`: the cluster is ready when enough brokers are registered and
// every partition of every topic has a leader.

#include "kfk/client/metadata.hpp"
#include "kfk/wait_loop.hpp"

namespace kfk {

// Ready when `md` lists at least `brokers` brokers and no partition lacks a leader.
Readiness cluster_readiness(const ClusterMetadata& md, int brokers);

}  // namespace kfk
