#pragma once
// ACL requests (CreateAcls, DescribeAcls, DeleteAcls) over one Admin: its handle and
// its --timeout budget. Returns kfk's own bindings and throws kfk::Error.

#include <vector>

#include "kfk/acl/acl_binding.hpp"
#include "kfk/client/admin.hpp"

namespace kfk {

class AclAdmin {
public:
    explicit AclAdmin(Admin& admin) : admin_(admin) {}

    // The bindings that match `filter`, sorted.
    std::vector<AclBinding> list(const AclFilter& filter);

    // Creates every binding (creating one that exists is a no-op for Kafka).
    void create(const std::vector<AclBinding>& bindings);

    // Deletes what matches `filter`; returns what the brokers deleted, sorted.
    std::vector<AclBinding> remove(const AclFilter& filter);

private:
    Admin& admin_;
};

}  // namespace kfk
