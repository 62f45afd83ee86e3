#include "kfk/acl/acl_binding.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "kfk/enum_names.hpp"
#include "kfk/error.hpp"

namespace kfk {

namespace {

constexpr EnumNames<AclOperation, 12> operation_names{{
    {AclOperation::any, "any"},
    {AclOperation::all, "all"},
    {AclOperation::read, "read"},
    {AclOperation::write, "write"},
    {AclOperation::create, "create"},
    {AclOperation::remove, "delete"},
    {AclOperation::alter, "alter"},
    {AclOperation::describe, "describe"},
    {AclOperation::cluster_action, "cluster-action"},
    {AclOperation::describe_configs, "describe-configs"},
    {AclOperation::alter_configs, "alter-configs"},
    {AclOperation::idempotent_write, "idempotent-write"},
}};

constexpr EnumNames<AclPatternType, 4> pattern_names{{
    {AclPatternType::any, "any"},
    {AclPatternType::match, "match"},
    {AclPatternType::literal, "literal"},
    {AclPatternType::prefixed, "prefixed"},
}};

constexpr EnumNames<AclResource, 4> resource_names{{
    {AclResource::any, "any"},
    {AclResource::topic, "topic"},
    {AclResource::group, "group"},
    {AclResource::cluster, "cluster"},
}};

constexpr EnumNames<AclPermission, 3> permission_names{{
    {AclPermission::any, "any"},
    {AclPermission::allow, "allow"},
    {AclPermission::deny, "deny"},
}};

// "DescribeConfigs", "DESCRIBE_CONFIGS" and "describe-configs" all become
// "describeconfigs", so that any of Kafka's spellings compares equal to kfk's.
std::string folded(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '-' || c == '_') continue;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

template <class Enum, std::size_t N>
std::string joined_names(const EnumNames<Enum, N>& names, std::size_t skip) {
    std::string out;
    for (std::size_t i = skip; i < N; ++i)
        out += (out.empty() ? "" : ", ") + std::string(names[i].second);
    return out;
}

}  // namespace

std::string_view to_string(AclResource resource) { return name_of(resource_names, resource); }

std::string_view to_string(AclPatternType type) { return name_of(pattern_names, type); }

std::string_view to_string(AclPermission permission) {
    return name_of(permission_names, permission);
}

std::string_view to_string(AclOperation operation) { return name_of(operation_names, operation); }

std::vector<std::string_view> acl_operation_names() {
    std::vector<std::string_view> out;
    for (std::size_t i = 1; i < operation_names.size(); ++i)
        out.push_back(operation_names[i].second);
    return out;
}

std::vector<std::string_view> acl_pattern_type_names() {
    std::vector<std::string_view> out;
    for (const auto& entry : pattern_names) out.push_back(entry.second);
    return out;
}

AclOperation parse_acl_operation(std::string_view text, const std::string& what) {
    const std::string key = folded(text);
    for (std::size_t i = 1; i < operation_names.size(); ++i) {
        if (folded(operation_names[i].second) == key) return operation_names[i].first;
    }
    throw_usage(what, "unknown operation '" + std::string(text) + "'",
                "one of " + joined_names(operation_names, 1));
}

AclPatternType parse_acl_pattern_type(std::string_view text, const std::string& what) {
    const std::string key = folded(text);
    for (const auto& [type, name] : pattern_names) {
        if (name == key) return type;
    }
    throw_usage(what, "unknown pattern type '" + std::string(text) + "'",
                "one of " + joined_names(pattern_names, 0));
}

void check_principal(std::string_view principal, const std::string& what) {
    const auto colon = principal.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == principal.size()) {
        throw_usage(what, "principal '" + std::string(principal) + "' is not TYPE:NAME",
                    "e.g. User:alice");
    }
}

std::vector<AclBinding> bindings_to_create(const AclFilter& what,
                                           const std::vector<std::string>& operations,
                                           const std::string& what_failed) {
    if (what.resource == AclResource::any || !what.resource_name)
        throw_usage(what_failed, "name the resource: --topic, --group or --cluster");
    if (what.pattern_type != AclPatternType::literal &&
        what.pattern_type != AclPatternType::prefixed) {
        throw_usage(what_failed, "an ACL's pattern type is literal or prefixed, not " +
                                     std::string(to_string(what.pattern_type)));
    }
    if (what.permission == AclPermission::any) throw_usage(what_failed, "say --allow or --deny");
    if (!what.principal) throw_usage(what_failed, "--principal is required");
    check_principal(*what.principal, what_failed);
    if (operations.empty()) throw_usage(what_failed, "--operation is required");

    std::vector<AclBinding> out;
    for (const std::string& text : operations) {
        const AclOperation op = parse_acl_operation(text, what_failed);
        AclBinding b{what.resource,   *what.resource_name,     what.pattern_type,
                     *what.principal, what.host.value_or("*"), op,
                     what.permission};
        if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(std::move(b));
    }
    return out;
}

}  // namespace kfk
