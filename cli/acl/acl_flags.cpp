#include "acl/acl_flags.hpp"

#include "completion/hints.hpp"

namespace kfk::cli {

namespace {

std::vector<std::string> words(const std::vector<std::string_view>& names) {
    return {names.begin(), names.end()};
}

}  // namespace

void add_acl_flags(CLI::App* cmd, AclFlags& flags, bool creating) {
    cmd->add_option("--topic", flags.topic, "Topic resource (a name, or a prefix)")
        ->type_name("TOPIC");
    cmd->add_option("--group", flags.group, "Consumer group resource (a name, or a prefix)")
        ->type_name("GROUP");
    cmd->add_flag("--cluster", flags.cluster, "The cluster resource");
    cmd->add_option("--transactional-id", flags.transactional_id,
                    "Not supported: librdkafka 2.0.2 has no transactional-id ACLs")
        ->type_name("ID");
    cmd->add_option("--user", flags.user, "Not supported: librdkafka 2.0.2 has no user ACLs")
        ->type_name("NAME");
    cmd->add_option("--principal", flags.principal,
                    creating ? "Who the ACL is for: TYPE:NAME, e.g. User:alice"
                             : "Only ACLs for this principal (TYPE:NAME)")
        ->type_name("PRINCIPAL");
    cmd->add_option("--host", flags.host,
                    creating ? "Host the ACL applies from (default: * for every host)"
                             : "Only ACLs for this host")
        ->type_name("HOST");
    CLI::Option* op =
        cmd->add_option("--operation", flags.operations,
                        creating ? "Operations, comma-separated: read, write, describe, ... "
                                   "(repeatable)"
                                 : "Only ACLs for this operation")
            ->type_name(creating ? "OP[,OP...]" : "OP")
            ->check(suggest(words(acl_operation_names())));
    if (creating) {
        op->delimiter(',');
    } else {
        op->expected(1);
    }
    const std::vector<std::string> patterns = creating
                                                  ? std::vector<std::string>{"literal", "prefixed"}
                                                  : words(acl_pattern_type_names());
    cmd->add_option("--pattern-type", flags.pattern_type,
                    creating ? "How the resource name matches: literal (default) or prefixed"
                             : "literal, prefixed, any (default: either) or match (every ACL "
                               "that applies to the name)")
        ->type_name("TYPE")
        ->check(CLI::IsMember(patterns));
    cmd->add_flag("--allow", flags.allow, creating ? "Grant the operations" : "Only allow ACLs");
    cmd->add_flag("--deny", flags.deny, creating ? "Refuse the operations" : "Only deny ACLs");
}

AclFilter acl_filter(const AclFlags& flags, AclPatternType default_pattern,
                     const std::string& what_failed) {
    if (flags.transactional_id || flags.user) {
        throw_usage(what_failed,
                    std::string(flags.user ? "user" : "transactional-id") +
                        " ACLs are not supported: librdkafka 2.0.2 handles only topic, group "
                        "and cluster ACLs",
                    "use Kafka's kafka-acls.sh for those");
    }
    const int resources =
        int(flags.topic.has_value()) + int(flags.group.has_value()) + int(flags.cluster);
    if (resources > 1) throw_usage(what_failed, "name one of --topic, --group and --cluster");
    if (flags.allow && flags.deny)
        throw_usage(what_failed, "--allow and --deny exclude each other");

    AclFilter filter;
    if (flags.topic) {
        filter.resource = AclResource::topic;
        filter.resource_name = *flags.topic;
    } else if (flags.group) {
        filter.resource = AclResource::group;
        filter.resource_name = *flags.group;
    } else if (flags.cluster) {
        filter.resource = AclResource::cluster;
        filter.resource_name = std::string(cluster_resource_name);
    }
    if (filter.resource_name && filter.resource_name->empty())
        throw_usage(what_failed, "the resource name is empty");
    filter.pattern_type = flags.pattern_type
                              ? parse_acl_pattern_type(*flags.pattern_type, what_failed)
                              : default_pattern;
    if (flags.principal) {
        check_principal(*flags.principal, what_failed);
        filter.principal = flags.principal;
    }
    filter.host = flags.host;
    // list and delete take one operation; create makes a binding for each.
    if (flags.operations.size() == 1)
        filter.operation = parse_acl_operation(flags.operations.front(), what_failed);
    if (flags.allow) filter.permission = AclPermission::allow;
    if (flags.deny) filter.permission = AclPermission::deny;
    return filter;
}

}  // namespace kfk::cli
