#pragma once
// Everything needed to connect to a cluster, resolved from flags and environment by
// cli/ and handed to the library as one typed struct.

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kfk {

inline constexpr std::string_view default_brokers = "localhost:9092";
inline constexpr std::chrono::milliseconds default_timeout{10'000};

struct Property {
    std::string key;
    std::string value;
    bool operator==(const Property&) const = default;
};

struct ClientConfig {
    std::string brokers{default_brokers};
    std::vector<Property> properties;  // librdkafka properties (-X), applied in order
    std::chrono::milliseconds timeout = default_timeout;
    int verbosity = 0;  // 0 quiet, 1 librdkafka warnings, 2+ librdkafka debug logs
};

// "KEY=VALUE" -> Property; the value may contain '='. Throws a usage Error otherwise.
Property parse_property(std::string_view text, std::string_view flag);

// True for properties whose value must never be printed (passwords, keys, tokens).
bool is_secret_property(std::string_view key);

}  // namespace kfk
