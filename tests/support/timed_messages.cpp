#include "support/timed_messages.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "support/kafka_tools.hpp"

namespace kfk::test {

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string timed_value(int partition, std::int64_t timestamp) {
    return "p" + std::to_string(partition) + "-" + std::to_string(timestamp);
}

void produce_at(const std::string& topic, int partition, const std::vector<std::int64_t>& times) {
    ProcessOptions input;
    for (std::int64_t t : times) {
        input.stdin_data +=
            nlohmann::json{{"value", timed_value(partition, t)}, {"timestamp", t}}.dump() + "\n";
    }
    const auto r = kfk_on_cluster(
        {"produce", "-q", topic, "-p", std::to_string(partition), "--input", "json"}, input);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
}

}  // namespace kfk::test
