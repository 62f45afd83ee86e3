#include "kfk/group/group_wait.hpp"

#include "kfk/group/group_admin.hpp"
#include "kfk/group/group_state.hpp"

namespace kfk {

Readiness group_readiness(const std::optional<GroupLag>& lag, const GroupWaitCondition& condition) {
    const bool known = lag && group_exists(lag->state);
    if (!known) {
        const bool only_empty = condition.empty && !condition.stable && !condition.lag_below;
        return {only_empty, "group " + condition.group + " does not exist"};
    }
    std::string status = "state " + lag->state;
    bool ready = true;
    if (condition.empty && lag->state != "Empty") ready = false;
    if (condition.stable && lag->state != "Stable") ready = false;
    if (condition.lag_below) {
        if (lag->topics.empty()) {
            status += ", no committed offsets";
            ready = false;
        } else {
            status += ", lag " + std::to_string(lag->total_lag);
            if (lag->total_lag >= *condition.lag_below) ready = false;
        }
    }
    return {ready, status};
}

Readiness check_group(Admin& admin, const GroupWaitCondition& condition) {
    GroupAdmin groups(admin);
    std::optional<GroupLag> lag;
    try {
        lag = groups.lag({condition.group}, condition.topics).at(0);
    } catch (const Error& error) {
        if (error.code() != ExitCode::not_found) throw;
    }
    return group_readiness(lag, condition);
}

}  // namespace kfk
