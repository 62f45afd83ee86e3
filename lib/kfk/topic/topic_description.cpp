#include "kfk/topic/topic_description.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "kfk/error.hpp"
#include "kfk/topic/topic_name.hpp"

namespace kfk {

std::optional<std::int64_t> PartitionDescription::messages() const {
    if (!low || !high) return std::nullopt;
    return std::max<std::int64_t>(0, *high - *low);
}

void require_known_broker(std::int32_t broker, const std::vector<BrokerAddress>& brokers,
                          const std::vector<TopicDescription>& topics) {
    const auto is_it = [broker](const BrokerAddress& b) { return b.id == broker; };
    if (std::any_of(brokers.begin(), brokers.end(), is_it)) return;
    for (const TopicDescription& t : topics) {
        for (const PartitionDescription& p : t.partitions) {
            if (std::find(p.replicas.begin(), p.replicas.end(), broker) != p.replicas.end()) return;
        }
    }
    throw Error(ExitCode::not_found, "--broker " + std::to_string(broker),
                "no such broker in the cluster", "'kfk cluster describe' lists them");
}

bool is_under_replicated(const PartitionDescription& p) { return p.isr.size() < p.replicas.size(); }

bool is_unavailable(const PartitionDescription& p) {
    return p.leader < 0 ||
           std::find(p.offline.begin(), p.offline.end(), p.leader) != p.offline.end();
}

TopicDescription describe_topic(const TopicMetadata& topic, const ClusterMetadata& cluster) {
    // A scan of the brokers, not a set built per topic: this runs for every topic of a
    // cluster, and clusters have few brokers.
    const auto live = [&cluster](std::int32_t id) {
        return std::any_of(cluster.brokers.begin(), cluster.brokers.end(),
                           [id](const BrokerAddress& b) { return b.id == id; });
    };
    TopicDescription out;
    out.name = topic.name;
    out.internal = is_internal_topic(topic.name);
    for (const PartitionMetadata& pm : topic.partitions) {
        PartitionDescription p;
        p.id = pm.id;
        p.leader = pm.leader;
        p.replicas = pm.replicas;
        p.isr = pm.isr;
        p.error = pm.error;
        for (std::int32_t r : pm.replicas) {
            if (!live(r)) p.offline.push_back(r);
        }
        out.replication_factor =
            std::max(out.replication_factor, static_cast<int>(p.replicas.size()));
        out.partitions.push_back(std::move(p));
    }
    return out;
}

TopicSummary summarize_topic(const TopicDescription& topic) {
    TopicSummary s;
    s.name = topic.name;
    s.partitions = static_cast<int>(topic.partitions.size());
    s.replication_factor = topic.replication_factor;
    s.internal = topic.internal;
    for (const PartitionDescription& p : topic.partitions) {
        if (is_under_replicated(p)) ++s.under_replicated;
        if (is_unavailable(p)) ++s.unavailable;
    }
    return s;
}

TopicDescription filter_partitions(TopicDescription topic, const HealthFilter& filter) {
    if (!filter.any()) return topic;
    const int min_isr = topic.min_insync_replicas.value_or(1);
    std::erase_if(topic.partitions, [&](const PartitionDescription& p) {
        const int isr = static_cast<int>(p.isr.size());
        const bool keep = (filter.under_replicated && is_under_replicated(p)) ||
                          (filter.unavailable && is_unavailable(p)) ||
                          (filter.under_min_isr && isr < min_isr) ||
                          (filter.at_min_isr && isr == min_isr);
        return !keep;
    });
    return topic;
}

std::regex compile_pattern(const std::string& pattern) {
    try {
        return std::regex(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
        throw_usage("--pattern", "invalid regular expression '" + pattern + "': " + e.what());
    }
}

namespace {

const TopicMetadata* lookup(const ClusterMetadata& cluster, const std::string& name) {
    auto it = std::find_if(cluster.topics.begin(), cluster.topics.end(),
                           [&](const TopicMetadata& t) { return t.name == name; });
    return it == cluster.topics.end() || it->partitions.empty() ? nullptr : &*it;
}

[[noreturn]] void throw_missing(const std::vector<std::string>& missing, const std::string& what) {
    std::string list;
    for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
    throw Error(ExitCode::not_found, what,
                (missing.size() == 1 ? "topic does not exist: " : "topics do not exist: ") + list);
}

}  // namespace

const TopicMetadata& find_topic(const ClusterMetadata& cluster, const std::string& name,
                                const std::string& what) {
    if (const TopicMetadata* topic = lookup(cluster, name)) return *topic;
    // A principal without Describe on the topic sees it with this error and no
    // partitions: that is a refusal (exit 1), not a missing topic.
    for (const TopicMetadata& t : cluster.topics) {
        if (t.name == name && t.error.find("authorization") != std::string::npos) {
            throw Error(ExitCode::kafka_error, what, "not authorized (" + t.error + ")",
                        "an ACL must allow this principal to describe the topic");
        }
    }
    throw_missing({name}, what);
}

const PartitionMetadata& find_partition(const TopicMetadata& topic, std::int32_t id,
                                        const std::string& what) {
    for (const PartitionMetadata& p : topic.partitions) {
        if (p.id == id) return p;
    }
    throw Error(ExitCode::not_found, what,
                "partition " + std::to_string(id) + " does not exist in " + topic.name +
                    " (it has " + std::to_string(topic.partitions.size()) + ")");
}

std::vector<const TopicMetadata*> select_topics(const ClusterMetadata& cluster,
                                                const std::vector<std::string>& names,
                                                const std::optional<std::string>& pattern,
                                                bool include_internal, const std::string& what) {
    std::vector<const TopicMetadata*> selected;
    std::unordered_set<const TopicMetadata*> chosen;  // a topic named twice, or also matched
    std::vector<std::string> missing;
    for (const std::string& name : names) {
        const TopicMetadata* topic = lookup(cluster, name);
        if (!topic) {
            missing.push_back(name);
        } else if (chosen.insert(topic).second) {
            selected.push_back(topic);
        }
    }
    if (!missing.empty()) throw_missing(missing, what);
    if (pattern) {
        std::optional<std::regex> re;
        if (*pattern != every_topic_pattern) re = compile_pattern(*pattern);
        for (const TopicMetadata& t : cluster.topics) {
            if (!include_internal && is_internal_topic(t.name)) continue;
            if (re && !std::regex_match(t.name, *re)) continue;
            if (chosen.insert(&t).second) selected.push_back(&t);
        }
    }
    // Metadata comes sorted (fetch_cluster_metadata), so a pattern's matches need no sort.
    const auto by_name = [](const TopicMetadata* a, const TopicMetadata* b) {
        return a->name < b->name;
    };
    if (!std::is_sorted(selected.begin(), selected.end(), by_name))
        std::sort(selected.begin(), selected.end(), by_name);
    return selected;
}

}  // namespace kfk
