#pragma once
// ACLs as kfk sees them: one binding (who may or may not do what on which resource)
// and the filter that list and delete match bindings with. Parsing and naming only;
// the requests live in acl_admin.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kfk {

// The resource kinds librdkafka 2.0.2 can put in an ACL request.
enum class AclResource { any, topic, group, cluster };
enum class AclPatternType { any, match, literal, prefixed };
enum class AclPermission { any, allow, deny };
enum class AclOperation {
    any,
    all,
    read,
    write,
    create,
    remove,  // Kafka's DELETE
    alter,
    describe,
    cluster_action,
    describe_configs,
    alter_configs,
    idempotent_write,
};

// The one name the cluster resource of an ACL carries.
inline constexpr std::string_view cluster_resource_name = "kafka-cluster";

struct AclBinding {
    AclResource resource = AclResource::topic;
    std::string resource_name;
    AclPatternType pattern_type = AclPatternType::literal;
    std::string principal;  // "User:NAME"
    std::string host = "*";
    AclOperation operation = AclOperation::all;
    AclPermission permission = AclPermission::allow;

    bool operator==(const AclBinding&) const = default;
};

// What list and delete match; an unset field matches anything.
struct AclFilter {
    AclResource resource = AclResource::any;
    std::optional<std::string> resource_name;
    AclPatternType pattern_type = AclPatternType::any;
    std::optional<std::string> principal;
    std::optional<std::string> host;
    AclOperation operation = AclOperation::any;
    AclPermission permission = AclPermission::any;
};

// Names as kfk prints them and completion offers them: "read", "describe-configs".
std::string_view to_string(AclResource resource);
std::string_view to_string(AclPatternType type);
std::string_view to_string(AclPermission permission);
std::string_view to_string(AclOperation operation);

// The values a user may type (without "any" for operations).
std::vector<std::string_view> acl_operation_names();
std::vector<std::string_view> acl_pattern_type_names();

// Case-insensitive; '_' and '-' are the same, and Kafka's own spellings
// ("DescribeConfigs", "DESCRIBE_CONFIGS") are accepted. Throws a usage Error for `what`.
AclOperation parse_acl_operation(std::string_view text, const std::string& what);
AclPatternType parse_acl_pattern_type(std::string_view text, const std::string& what);

// "User:bob": a type, a colon and a name. Throws a usage Error for `what` otherwise.
void check_principal(std::string_view principal, const std::string& what);

// The bindings `acl create` makes: one per operation (a comma list), with the filter's
// resource, name, pattern type, principal, host and permission.
std::vector<AclBinding> bindings_to_create(const AclFilter& what,
                                           const std::vector<std::string>& operations,
                                           const std::string& what_failed);

}  // namespace kfk
