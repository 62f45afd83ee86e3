#pragma once
// ACL bindings as a table and as JSON (shape: man/kfk-acl.1). `acl list`, `acl create`
// and `acl delete` all print the bindings they found, made or removed.

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "kfk/acl/acl_binding.hpp"
#include "kfk/render/output_format.hpp"

namespace kfk {

void to_json(nlohmann::ordered_json& j, const AclBinding& binding);

// {"acls": [...]} or a table, one binding a row.
void render(const std::vector<AclBinding>& bindings, const RenderOptions& options,
            std::ostream& out);

}  // namespace kfk
