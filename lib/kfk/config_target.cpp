#include "kfk/config_target.hpp"

namespace kfk {

ConfigTarget ConfigTarget::topic(std::string name) { return {Kind::topic, std::move(name)}; }

ConfigTarget ConfigTarget::broker(std::int32_t id) { return {Kind::broker, std::to_string(id)}; }

const char* ConfigTarget::own_source() const {
    return kind == Kind::topic ? "dynamic_topic" : "dynamic_broker";
}

std::string ConfigTarget::label() const {
    return (kind == Kind::topic ? "topic " : "broker ") + name;
}

}  // namespace kfk
