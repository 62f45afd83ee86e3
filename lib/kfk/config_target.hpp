#pragma once
// What a config read-modify-write applies to: a topic, or one broker. Each kind keeps
// its own dynamic configs under its own DescribeConfigs source, and AlterConfigs
// replaces exactly those, so the source is what the merge must keep.
//
// Kafka's cluster-wide dynamic default (the broker resource with an empty name) is not
// a target: librdkafka 2.0.2 reads a broker resource's name as the id of the broker to
// send the request to, refuses any name that is not a number and crashes on an empty one.

#include <cstdint>
#include <string>

namespace kfk {

struct ConfigTarget {
    enum class Kind { topic, broker };

    static ConfigTarget topic(std::string name);
    static ConfigTarget broker(std::int32_t id);

    // The DescribeConfigs source of the entries set on this resource itself:
    // "dynamic_topic" or "dynamic_broker".
    const char* own_source() const;
    // "topic orders", "broker 1": for messages.
    std::string label() const;

    Kind kind = Kind::topic;
    std::string name;  // the topic, or the broker id in decimal
};

}  // namespace kfk
