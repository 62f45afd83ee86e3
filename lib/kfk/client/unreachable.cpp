#include "kfk/client/unreachable.hpp"

#include <array>

#include "kfk/client/kafka_error.hpp"
#include "kfk/duration.hpp"
#include "kfk/error.hpp"

namespace kfk {

bool no_broker_answered(rd_kafka_t* handle) {
    char* cluster_id = rd_kafka_clusterid(handle, 0);  // 0: what is cached, no request
    if (cluster_id == nullptr) return true;
    rd_kafka_mem_free(handle, cluster_id);
    return false;
}

std::string bootstrap_servers(rd_kafka_t* handle) {
    std::array<char, 1024> value{};
    std::size_t size = value.size();
    if (rd_kafka_conf_get(rd_kafka_conf(handle), "bootstrap.servers", value.data(), &size) !=
        RD_KAFKA_CONF_OK) {
        return "the cluster";
    }
    return value.data();
}

void throw_unreachable(const std::string& brokers, std::chrono::milliseconds budget) {
    throw Error(ExitCode::timeout,
                "no broker reachable at " + brokers + " within " + format_duration(budget), "",
                "is the cluster up? set -b/--brokers or KFK_BROKERS");
}

void throw_if_unreachable(rd_kafka_t* handle, rd_kafka_resp_err_t err,
                          std::chrono::milliseconds budget) {
    if (exit_code_for(err) == ExitCode::timeout && no_broker_answered(handle))
        throw_unreachable(bootstrap_servers(handle), budget);
}

}  // namespace kfk
