#pragma once
// Finding a named topic in the cluster's metadata, for commands that act on one topic.

#include <string>

#include "kfk/client/metadata.hpp"

namespace kfk {

// The topic `name` of `md`; a not_found Error for `what` when the cluster lacks it.
const TopicMetadata& require_topic(const ClusterMetadata& md, const std::string& name,
                                   const std::string& what);

}  // namespace kfk
