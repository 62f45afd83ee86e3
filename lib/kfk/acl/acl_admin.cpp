#include "kfk/acl/acl_admin.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <thread>
#include <tuple>

#include "kfk/client/admin_request.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/owned.hpp"
#include "kfk/duration.hpp"

namespace kfk {

namespace {

// kfk's enums and librdkafka's: the resource "cluster" is librdkafka's BROKER (Kafka's
// resource type 4, CLUSTER); operation and permission numbers are Kafka's own.
rd_kafka_ResourceType_t to_rdkafka(AclResource r) {
    switch (r) {
        case AclResource::any:
            return RD_KAFKA_RESOURCE_ANY;
        case AclResource::topic:
            return RD_KAFKA_RESOURCE_TOPIC;
        case AclResource::group:
            return RD_KAFKA_RESOURCE_GROUP;
        case AclResource::cluster:
            return RD_KAFKA_RESOURCE_BROKER;
    }
    return RD_KAFKA_RESOURCE_UNKNOWN;
}

rd_kafka_ResourcePatternType_t to_rdkafka(AclPatternType t) {
    switch (t) {
        case AclPatternType::any:
            return RD_KAFKA_RESOURCE_PATTERN_ANY;
        case AclPatternType::match:
            return RD_KAFKA_RESOURCE_PATTERN_MATCH;
        case AclPatternType::literal:
            return RD_KAFKA_RESOURCE_PATTERN_LITERAL;
        case AclPatternType::prefixed:
            return RD_KAFKA_RESOURCE_PATTERN_PREFIXED;
    }
    return RD_KAFKA_RESOURCE_PATTERN_UNKNOWN;
}

rd_kafka_AclPermissionType_t to_rdkafka(AclPermission p) {
    switch (p) {
        case AclPermission::any:
            return RD_KAFKA_ACL_PERMISSION_TYPE_ANY;
        case AclPermission::allow:
            return RD_KAFKA_ACL_PERMISSION_TYPE_ALLOW;
        case AclPermission::deny:
            return RD_KAFKA_ACL_PERMISSION_TYPE_DENY;
    }
    return RD_KAFKA_ACL_PERMISSION_TYPE_UNKNOWN;
}

// AclOperation lists Kafka's operations in Kafka's order, from ANY (1) on.
rd_kafka_AclOperation_t to_rdkafka(AclOperation op) {
    return static_cast<rd_kafka_AclOperation_t>(static_cast<int>(op) + 1);
}

AclBinding from_rdkafka(const rd_kafka_AclBinding_t* acl) {
    AclBinding b;
    switch (rd_kafka_AclBinding_restype(acl)) {
        case RD_KAFKA_RESOURCE_TOPIC:
            b.resource = AclResource::topic;
            break;
        case RD_KAFKA_RESOURCE_GROUP:
            b.resource = AclResource::group;
            break;
        case RD_KAFKA_RESOURCE_BROKER:
            b.resource = AclResource::cluster;
            break;
        default:
            b.resource = AclResource::any;
            break;
    }
    b.resource_name = rd_kafka_AclBinding_name(acl);
    b.pattern_type =
        rd_kafka_AclBinding_resource_pattern_type(acl) == RD_KAFKA_RESOURCE_PATTERN_PREFIXED
            ? AclPatternType::prefixed
            : AclPatternType::literal;
    b.principal = rd_kafka_AclBinding_principal(acl);
    b.host = rd_kafka_AclBinding_host(acl);
    const int op = static_cast<int>(rd_kafka_AclBinding_operation(acl)) - 1;
    b.operation = op >= 0 && op <= static_cast<int>(AclOperation::idempotent_write)
                      ? static_cast<AclOperation>(op)
                      : AclOperation::any;
    b.permission = rd_kafka_AclBinding_permission_type(acl) == RD_KAFKA_ACL_PERMISSION_TYPE_DENY
                       ? AclPermission::deny
                       : AclPermission::allow;
    return b;
}

std::vector<AclBinding> sorted(std::vector<AclBinding> bindings) {
    auto key = [](const AclBinding& b) {
        return std::tie(b.resource, b.resource_name, b.pattern_type, b.principal, b.host,
                        b.operation, b.permission);
    };
    std::sort(bindings.begin(), bindings.end(),
              [&key](const AclBinding& a, const AclBinding& b) { return key(a) < key(b); });
    return bindings;
}

AclBindingPtr make_filter(const AclFilter& f, const std::string& what) {
    std::string name;
    if (f.resource == AclResource::cluster) name = cluster_resource_name;
    if (f.resource_name) name = *f.resource_name;
    std::array<char, 512> why{};
    AclBindingPtr filter(rd_kafka_AclBindingFilter_new(
        to_rdkafka(f.resource), name.empty() ? nullptr : name.c_str(), to_rdkafka(f.pattern_type),
        f.principal ? f.principal->c_str() : nullptr, f.host ? f.host->c_str() : nullptr,
        to_rdkafka(f.operation), to_rdkafka(f.permission), why.data(), why.size()));
    if (!filter) throw_usage(what, why.data());
    return filter;
}

}  // namespace

std::vector<AclBinding> AclAdmin::list(const AclFilter& filter,
                                       std::optional<std::int32_t> broker) {
    const std::string what = "list ACLs";
    AclBindingPtr request = make_filter(filter, what);
    AdminCall call(admin_.handle());
    auto options =
        make_admin_options(admin_.handle(), RD_KAFKA_ADMIN_OP_DESCRIBEACLS, admin_.deadline());
    if (broker) {
        std::array<char, 256> why{};
        rd_kafka_AdminOptions_set_broker(options.get(), *broker, why.data(), why.size());
    }
    rd_kafka_DescribeAcls(admin_.handle(), request.get(), options.get(), call.queue());
    EventPtr event = call.wait(RD_KAFKA_EVENT_DESCRIBEACLS_RESULT, admin_.deadline(), what);
    std::size_t count = 0;
    const rd_kafka_AclBinding_t** acls =
        rd_kafka_DescribeAcls_result_acls(rd_kafka_event_DescribeAcls_result(event.get()), &count);
    std::vector<AclBinding> out;
    for (std::size_t i = 0; i < count; ++i) out.push_back(from_rdkafka(acls[i]));
    return sorted(std::move(out));
}

void AclAdmin::create(const std::vector<AclBinding>& bindings) {
    const std::string what = "create ACLs";
    std::vector<AclBindingPtr> owned;
    std::vector<rd_kafka_AclBinding_t*> raw;
    for (const AclBinding& b : bindings) {
        const std::string name = b.resource == AclResource::cluster
                                     ? std::string(cluster_resource_name)
                                     : b.resource_name;
        std::array<char, 512> why{};
        owned.emplace_back(rd_kafka_AclBinding_new(
            to_rdkafka(b.resource), name.c_str(), to_rdkafka(b.pattern_type), b.principal.c_str(),
            b.host.c_str(), to_rdkafka(b.operation), to_rdkafka(b.permission), why.data(),
            why.size()));
        if (!owned.back()) throw_usage(what, why.data());
        raw.push_back(owned.back().get());
    }
    AdminCall call(admin_.handle());
    auto options =
        make_admin_options(admin_.handle(), RD_KAFKA_ADMIN_OP_CREATEACLS, admin_.deadline());
    rd_kafka_CreateAcls(admin_.handle(), raw.data(), raw.size(), options.get(), call.queue());
    EventPtr event = call.wait(RD_KAFKA_EVENT_CREATEACLS_RESULT, admin_.deadline(), what);
    std::size_t count = 0;
    const rd_kafka_acl_result_t** results =
        rd_kafka_CreateAcls_result_acls(rd_kafka_event_CreateAcls_result(event.get()), &count);
    for (std::size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t* error = rd_kafka_acl_result_error(results[i])) {
            throw kafka_error(what, rd_kafka_error_code(error), rd_kafka_error_string(error));
        }
    }
    if (!settled_everywhere(bindings, true)) {
        throw Error(ExitCode::timeout, what,
                    "created, but not listed by every broker within " +
                        format_duration(admin_.deadline().budget()));
    }
}

std::vector<AclBinding> AclAdmin::remove(const AclFilter& filter) {
    const std::string what = "delete ACLs";
    AclBindingPtr request = make_filter(filter, what);
    rd_kafka_AclBindingFilter_t* raw = request.get();
    AdminCall call(admin_.handle());
    auto options =
        make_admin_options(admin_.handle(), RD_KAFKA_ADMIN_OP_DELETEACLS, admin_.deadline());
    rd_kafka_DeleteAcls(admin_.handle(), &raw, 1, options.get(), call.queue());
    EventPtr event = call.wait(RD_KAFKA_EVENT_DELETEACLS_RESULT, admin_.deadline(), what);
    std::size_t count = 0;
    const rd_kafka_DeleteAcls_result_response_t** responses =
        rd_kafka_DeleteAcls_result_responses(rd_kafka_event_DeleteAcls_result(event.get()), &count);
    std::vector<AclBinding> out;
    for (std::size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t* error = rd_kafka_DeleteAcls_result_response_error(responses[i]))
            throw kafka_error(what, rd_kafka_error_code(error), rd_kafka_error_string(error));
        std::size_t matched = 0;
        const rd_kafka_AclBinding_t** acls =
            rd_kafka_DeleteAcls_result_response_matching_acls(responses[i], &matched);
        for (std::size_t j = 0; j < matched; ++j) out.push_back(from_rdkafka(acls[j]));
    }
    if (!settled_everywhere(out, false)) {
        throw Error(ExitCode::timeout, what,
                    "deleted, but still listed by a broker after " +
                        format_duration(admin_.deadline().budget()));
    }
    return sorted(std::move(out));
}

bool AclAdmin::settled_everywhere(const std::vector<AclBinding>& bindings, bool listed) {
    // As the brokers list them: the cluster resource by its name.
    std::vector<AclBinding> wanted = bindings;
    for (AclBinding& b : wanted) {
        if (b.resource == AclResource::cluster) b.resource_name = cluster_resource_name;
    }
    // One filter per resource the bindings name (one, from the CLI).
    std::vector<AclFilter> filters;
    for (const AclBinding& b : wanted) {
        const bool known = std::any_of(filters.begin(), filters.end(), [&](const AclFilter& f) {
            return f.resource == b.resource && f.resource_name == b.resource_name &&
                   f.pattern_type == b.pattern_type;
        });
        if (!known) {
            AclFilter f;
            f.resource = b.resource;
            f.resource_name = b.resource_name;
            f.pattern_type = b.pattern_type;
            filters.push_back(f);
        }
    }
    auto settled_on = [&](std::int32_t broker) {
        std::vector<AclBinding> seen;
        for (const AclFilter& f : filters) {
            std::vector<AclBinding> part = list(f, broker);
            seen.insert(seen.end(), part.begin(), part.end());
        }
        return std::all_of(wanted.begin(), wanted.end(), [&](const AclBinding& b) {
            return (std::find(seen.begin(), seen.end(), b) != seen.end()) == listed;
        });
    };
    for (const BrokerAddress& broker : admin_.brokers()) {
        while (!settled_on(broker.id)) {
            if (admin_.deadline().expired()) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    return true;
}

}  // namespace kfk
