#pragma once
// One look at the cluster for `kfk top`: every shown topic's high watermarks, an
// estimate of its message size, and each shown group's lag (count and time). Rates
// come from two samples (top_rates.hpp).

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kfk/client/client_config.hpp"
#include "kfk/group/partition_lag.hpp"

namespace kfk {

struct TopSample {
    std::chrono::steady_clock::time_point at;  // for rates: immune to clock changes
    std::int64_t epoch_ms = 0;                 // for output
    // topic -> partition -> high watermark (partitions whose leader answered).
    std::map<std::string, std::map<std::int32_t, std::int64_t>> highs;
    // topic -> key + value + headers bytes of its newest message, read from the partition
    // that grew most since the previous sample: bytes/s = messages/s x this size.
    std::map<std::string, std::size_t> message_bytes;
    std::vector<GroupLag> groups;
};

struct TopSelection {
    std::vector<std::string> topics;  // empty: every topic but internal ones
    std::vector<std::string> groups;  // empty: every group
};

// Takes one sample with a fresh client whose --timeout covers this sample only.
// `previous` (when given) tells which partitions grew: their newest message is read to
// estimate message size (one small fetch per growing topic). A named topic or group
// that does not exist is a not_found Error.
TopSample take_sample(const ClientConfig& config, const TopSelection& selection,
                      const TopSample* previous);

}  // namespace kfk
