// GroupAdmin: `group delete` — one status row per group.

#include "kfk/client/admin_request.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/owned.hpp"
#include "kfk/client/unreachable.hpp"
#include "kfk/group/group_admin.hpp"

namespace kfk {

std::vector<ItemResult> GroupAdmin::delete_groups(const std::vector<std::string>& groups,
                                                  bool if_exists) {
    std::vector<DeleteGroupPtr> owned;
    std::vector<rd_kafka_DeleteGroup_t*> raw;
    for (const std::string& g : groups) {
        owned.emplace_back(rd_kafka_DeleteGroup_new(g.c_str()));
        raw.push_back(owned.back().get());
    }
    AdminCall call(admin_.handle());
    auto options =
        make_admin_options(admin_.handle(), RD_KAFKA_ADMIN_OP_DELETEGROUPS, admin_.deadline());
    rd_kafka_DeleteGroups(admin_.handle(), raw.data(), raw.size(), options.get(), call.queue());
    EventPtr event =
        call.wait(RD_KAFKA_EVENT_DELETEGROUPS_RESULT, admin_.deadline(), "delete groups");

    std::size_t count = 0;
    const rd_kafka_group_result_t** results = rd_kafka_DeleteGroups_result_groups(
        rd_kafka_event_DeleteGroups_result(event.get()), &count);
    std::vector<ItemResult> items;
    for (std::size_t i = 0; i < count; ++i) {
        ItemResult item{rd_kafka_group_result_name(results[i]), "deleted", ExitCode::ok, {}};
        if (const rd_kafka_error_t* error = rd_kafka_group_result_error(results[i])) {
            const rd_kafka_resp_err_t err = rd_kafka_error_code(error);
            throw_if_unreachable(admin_.handle(), err, admin_.deadline().budget());
            item.message = rd_kafka_error_string(error);
            if (err == RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND) {
                item.status = "missing";
                item.code = if_exists ? ExitCode::ok : ExitCode::not_found;
                if (if_exists) item.message = "does not exist (--if-exists)";
            } else {
                // NON_EMPTY_GROUP carries the broker's reason: the group has members.
                item.status = "failed";
                item.code = exit_code_for(err);
            }
        }
        items.push_back(std::move(item));
    }
    return items;
}

}  // namespace kfk
