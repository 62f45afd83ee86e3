#pragma once
// ACL requests (CreateAcls, DescribeAcls, DeleteAcls) over one Admin: its handle and
// its --timeout budget. Returns kfk's own bindings and throws kfk::Error.

#include <cstdint>
#include <optional>
#include <vector>

#include "kfk/acl/acl_binding.hpp"
#include "kfk/client/admin.hpp"

namespace kfk {

class AclAdmin {
public:
    explicit AclAdmin(Admin& admin) : admin_(admin) {}

    // The bindings that match `filter`, sorted: as `broker` sees them, or any broker.
    std::vector<AclBinding> list(const AclFilter& filter,
                                 std::optional<std::int32_t> broker = std::nullopt);

    // Creates every binding (creating one that exists is a no-op for Kafka), then waits
    // until every broker lists them: each broker's authorizer learns of an ACL in its
    // own time, and a command run next must find it in force. Not seen everywhere by
    // the deadline is a timeout Error.
    void create(const std::vector<AclBinding>& bindings);

    // Deletes what matches `filter`, then waits until no broker lists what was deleted
    // (a timeout Error otherwise); returns it, sorted.
    std::vector<AclBinding> remove(const AclFilter& filter);

private:
    // Whether every broker lists all of `bindings` (`listed`) or none of them, asking
    // each again until it does or the deadline passes.
    bool settled_everywhere(const std::vector<AclBinding>& bindings, bool listed);

    Admin& admin_;
};

}  // namespace kfk
