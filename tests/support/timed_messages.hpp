#pragma once
// Messages with explicit timestamps, for tests of time positions (offsets --at @T,
// consume --from/--until @T).

#include <cstdint>
#include <string>
#include <vector>

namespace kfk::test {

// Now, in milliseconds since the epoch.
std::int64_t now_ms();

// Produces one message per timestamp to `partition` through kfk's JSON input; each
// value is "p<partition>-<timestamp>" (see timed_value).
void produce_at(const std::string& topic, int partition, const std::vector<std::int64_t>& times);

std::string timed_value(int partition, std::int64_t timestamp);

}  // namespace kfk::test
