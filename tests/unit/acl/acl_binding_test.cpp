// ACL flags' pure parts: operation and pattern names, principals, the bindings
// `acl create` makes, and their table and JSON.

#include "kfk/acl/acl_binding.hpp"

#include <doctest/doctest.h>

#include "../render/draw.hpp"
#include "kfk/error.hpp"
#include "kfk/render/acl_render.hpp"

using namespace kfk;

namespace {

template <class F>
std::string usage_line(F f) {
    try {
        f();
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::usage);
        return e.line();
    }
    FAIL("accepted");
    return {};
}

AclFilter topic_filter() {
    AclFilter f;
    f.resource = AclResource::topic;
    f.resource_name = "orders";
    f.pattern_type = AclPatternType::literal;
    f.principal = "User:bob";
    f.permission = AclPermission::allow;
    return f;
}

}  // namespace

TEST_CASE("acl operations parse in kfk's and Kafka's spellings") {
    CHECK(parse_acl_operation("read", "x") == AclOperation::read);
    CHECK(parse_acl_operation("DescribeConfigs", "x") == AclOperation::describe_configs);
    CHECK(parse_acl_operation("DESCRIBE_CONFIGS", "x") == AclOperation::describe_configs);
    CHECK(parse_acl_operation("idempotent-write", "x") == AclOperation::idempotent_write);
    CHECK(parse_acl_operation("delete", "x") == AclOperation::remove);
    CHECK(to_string(AclOperation::cluster_action) == "cluster-action");
    CHECK(usage_line([] { parse_acl_operation("any", "acl create"); }) ==
          "kfk: acl create: unknown operation 'any' (one of all, read, write, create, delete, "
          "alter, describe, cluster-action, describe-configs, alter-configs, idempotent-write)");
    CHECK(acl_operation_names().size() == 11);
}

TEST_CASE("acl pattern types and principals") {
    CHECK(parse_acl_pattern_type("PREFIXED", "x") == AclPatternType::prefixed);
    CHECK(parse_acl_pattern_type("match", "x") == AclPatternType::match);
    CHECK(usage_line([] { parse_acl_pattern_type("glob", "acl list"); }) ==
          "kfk: acl list: unknown pattern type 'glob' (one of any, match, literal, prefixed)");
    check_principal("User:bob", "x");
    for (const char* bad : {"bob", ":bob", "User:"}) {
        CAPTURE(bad);
        CHECK(usage_line([bad] {
                  check_principal(bad, "acl create");
              }).starts_with("kfk: acl create: principal '"));
    }
}

TEST_CASE("acl create makes one binding per distinct operation") {
    const auto bindings = bindings_to_create(topic_filter(), {"read", "write", "READ"}, "x");
    REQUIRE(bindings.size() == 2);
    CHECK(bindings[0].operation == AclOperation::read);
    CHECK(bindings[1].operation == AclOperation::write);
    CHECK(bindings[0].host == "*");
    CHECK(bindings[0].resource_name == "orders");
}

TEST_CASE("acl create refuses what is not one complete ACL") {
    AclFilter no_resource = topic_filter();
    no_resource.resource = AclResource::any;
    no_resource.resource_name.reset();
    CHECK(usage_line([&] { bindings_to_create(no_resource, {"read"}, "acl create"); }) ==
          "kfk: acl create: name the resource: --topic, --group or --cluster");
    AclFilter any_pattern = topic_filter();
    any_pattern.pattern_type = AclPatternType::match;
    CHECK(usage_line([&] { bindings_to_create(any_pattern, {"read"}, "acl create"); }) ==
          "kfk: acl create: an ACL's pattern type is literal or prefixed, not match");
    AclFilter no_permission = topic_filter();
    no_permission.permission = AclPermission::any;
    CHECK(usage_line([&] { bindings_to_create(no_permission, {"read"}, "acl create"); }) ==
          "kfk: acl create: say --allow or --deny");
    CHECK(usage_line([&] { bindings_to_create(topic_filter(), {}, "acl create"); }) ==
          "kfk: acl create: --operation is required");
}

TEST_CASE("acl bindings render as a table and as JSON") {
    const std::vector<AclBinding> acls{{AclResource::group, "billing-", AclPatternType::prefixed,
                                        "User:bob", "*", AclOperation::read, AclPermission::deny}};
    CHECK(test::draw(acls) ==
          "PRINCIPAL  HOST  PERMISSION  OPERATION  RESOURCE  NAME      PATTERN\n"
          "User:bob   *     deny        read       group     billing-  prefixed\n");
    CHECK(nlohmann::json::parse(test::draw(acls, OutputFormat::json)) ==
          nlohmann::json::parse(R"({"acls": [{"principal": "User:bob", "host": "*",
              "permission": "deny", "operation": "read", "resource_type": "group",
              "resource_name": "billing-", "pattern_type": "prefixed"}]})"));
}
