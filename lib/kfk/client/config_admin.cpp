// Admin: reading configs of topics and brokers (one DescribeConfigs request for either
// resource type), and changing only some keys of one topic or broker.

#include <algorithm>
#include <array>
#include <chrono>
#include <thread>

#include "kfk/client/admin.hpp"
#include "kfk/client/admin_request.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/topic/config_change.hpp"

namespace kfk {

namespace {

std::string source_name(rd_kafka_ConfigSource_t source) {
    switch (source) {
        case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG:
            return "dynamic_topic";
        case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG:
            return "dynamic_broker";
        case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG:
            return "dynamic_default_broker";
        case RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG:
            return "static_broker";
        case RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG:
            return "default";
        default:
            return "unknown";
    }
}

ConfigEntry convert(const rd_kafka_ConfigEntry_t* entry) {
    ConfigEntry e;
    e.name = rd_kafka_ConfigEntry_name(entry);
    e.sensitive = rd_kafka_ConfigEntry_is_sensitive(entry) != 0;
    const char* value = rd_kafka_ConfigEntry_value(entry);
    if (value != nullptr && !e.sensitive) e.value = value;
    e.source = source_name(rd_kafka_ConfigEntry_source(entry));
    e.is_default = rd_kafka_ConfigEntry_is_default(entry) != 0;
    e.read_only = rd_kafka_ConfigEntry_is_read_only(entry) != 0;
    return e;
}

void check_resource(const rd_kafka_ConfigResource_t* resource, const std::string& what) {
    const rd_kafka_resp_err_t err = rd_kafka_ConfigResource_error(resource);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        const char* message = rd_kafka_ConfigResource_error_string(resource);
        throw kafka_error(what, err, message && *message ? message : "");
    }
}

}  // namespace

std::map<std::string, std::vector<ConfigEntry>> Admin::topic_configs(
    const std::vector<std::string>& topics, std::optional<std::int32_t> broker) {
    return describe_configs(RD_KAFKA_RESOURCE_TOPIC, topics, broker);
}

std::vector<ConfigEntry> Admin::broker_configs(std::int32_t broker) {
    // librdkafka sends a broker resource to that broker itself.
    auto configs =
        describe_configs(RD_KAFKA_RESOURCE_BROKER, {std::to_string(broker)}, std::nullopt);
    return configs.empty() ? std::vector<ConfigEntry>{} : configs.begin()->second;
}

std::map<std::string, std::vector<ConfigEntry>> Admin::describe_configs(
    int resource_type, const std::vector<std::string>& names, std::optional<std::int32_t> broker) {
    std::map<std::string, std::vector<ConfigEntry>> out;
    if (names.empty()) return out;
    std::vector<ConfigResourcePtr> owned;
    std::vector<rd_kafka_ConfigResource_t*> raw;
    for (const std::string& t : names) {
        owned.emplace_back(rd_kafka_ConfigResource_new(
            static_cast<rd_kafka_ResourceType_t>(resource_type), t.c_str()));
        raw.push_back(owned.back().get());
    }
    AdminCall call(handle_.get());
    auto options = make_admin_options(handle_.get(), RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, deadline_);
    if (broker) {
        std::array<char, 256> why{};
        rd_kafka_AdminOptions_set_broker(options.get(), *broker, why.data(), why.size());
    }
    rd_kafka_DescribeConfigs(handle_.get(), raw.data(), raw.size(), options.get(), call.queue());
    EventPtr event =
        call.wait(RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT, deadline_, "describe configs");

    std::size_t count = 0;
    const rd_kafka_ConfigResource_t** resources = rd_kafka_DescribeConfigs_result_resources(
        rd_kafka_event_DescribeConfigs_result(event.get()), &count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string name = rd_kafka_ConfigResource_name(resources[i]);
        check_resource(resources[i], "describe configs of " + name);
        std::size_t entry_count = 0;
        const rd_kafka_ConfigEntry_t** entries =
            rd_kafka_ConfigResource_configs(resources[i], &entry_count);
        std::vector<ConfigEntry>& list = out[name];
        for (std::size_t j = 0; j < entry_count; ++j) list.push_back(convert(entries[j]));
        std::sort(list.begin(), list.end(),
                  [](const ConfigEntry& a, const ConfigEntry& b) { return a.name < b.name; });
    }
    return out;
}

std::vector<ConfigEntry> Admin::target_configs(const ConfigTarget& target,
                                               std::optional<std::int32_t> broker) {
    if (target.kind == ConfigTarget::Kind::topic)
        return topic_configs({target.name}, broker).at(target.name);
    // A broker resource always goes to that broker itself: `broker` has nothing to add.
    auto configs = describe_configs(RD_KAFKA_RESOURCE_BROKER, {target.name}, std::nullopt);
    return configs.empty() ? std::vector<ConfigEntry>{} : configs.begin()->second;
}

std::vector<std::string> Admin::alter_configs(const ConfigTarget& target,
                                              const std::vector<Property>& set,
                                              const std::vector<std::string>& remove,
                                              bool dry_run) {
    const std::string what = "alter configs of " + target.label();
    ConfigPairs changes;
    for (const Property& p : set) changes.emplace_back(p.key, p.value);
    const std::vector<ConfigEntry> current = target_configs(target, std::nullopt);
    std::vector<std::string> not_set = keys_not_set(current, target, remove);
    if (set.empty() && not_set.size() == remove.size()) return not_set;  // nothing to change
    // The dynamic set the target must end with; also what the wait below looks for.
    // Refuses (before anything is sent) when a sensitive entry would be lost.
    const ConfigPairs expected = merged_dynamic_configs(target, current, changes, remove);

    const auto type = target.kind == ConfigTarget::Kind::topic ? RD_KAFKA_RESOURCE_TOPIC
                                                               : RD_KAFKA_RESOURCE_BROKER;
    ConfigResourcePtr resource(rd_kafka_ConfigResource_new(type, target.name.c_str()));
    rd_kafka_ConfigResource_t* raw = resource.get();
    AdminCall call(handle_.get());
    // librdkafka 2.0.2 has only AlterConfigs, which replaces the resource's whole dynamic
    // config: write back everything that was set, merged with the change.
    for (const auto& [key, value] : expected) {
        const rd_kafka_resp_err_t err =
            rd_kafka_ConfigResource_set_config(raw, key.c_str(), value.c_str());
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) throw kafka_error(what, err);
    }
    auto options =
        make_admin_options(handle_.get(), RD_KAFKA_ADMIN_OP_ALTERCONFIGS, deadline_, dry_run);
    rd_kafka_AlterConfigs(handle_.get(), &raw, 1, options.get(), call.queue());
    EventPtr event = call.wait(RD_KAFKA_EVENT_ALTERCONFIGS_RESULT, deadline_, what);
    std::size_t count = 0;
    const rd_kafka_ConfigResource_t** results = rd_kafka_AlterConfigs_result_resources(
        rd_kafka_event_AlterConfigs_result(event.get()), &count);
    for (std::size_t i = 0; i < count; ++i) check_resource(results[i], what);
    if (!dry_run && !wait_for_configs_everywhere(target, expected)) {
        throw Error(ExitCode::timeout, what,
                    "the change was accepted but not visible on every broker within the timeout");
    }
    return not_set;
}

bool Admin::wait_for_configs_everywhere(const ConfigTarget& target, const ConfigPairs& expected) {
    // Every broker answers for a topic from its own metadata; a broker only for itself.
    std::vector<std::optional<std::int32_t>> askers{std::nullopt};
    if (target.kind == ConfigTarget::Kind::topic) {
        askers.clear();
        for (const BrokerAddress& broker : brokers()) askers.emplace_back(broker.id);
    }
    for (const auto& broker : askers) {
        while (!own_configs_are(target_configs(target, broker), target, expected)) {
            if (deadline_.expired()) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    return true;
}

}  // namespace kfk
