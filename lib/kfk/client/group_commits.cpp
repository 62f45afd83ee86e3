#include "kfk/client/group_commits.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "kfk/client/coordinator_retry.hpp"

namespace kfk {

GroupCommits::GroupCommits(rd_kafka_t* handle, std::chrono::milliseconds interval)
    : handle_(handle),
      results_(rd_kafka_queue_new(handle)),
      interval_(interval),
      last_start_(std::chrono::steady_clock::now()) {}

void GroupCommits::collect(int wait_ms) {
    if (!in_flight_) return;
    // The queue holds only this object's commit answers.
    if (EventPtr answer{rd_kafka_queue_poll(results_.get(), wait_ms)}) in_flight_ = false;
}

void GroupCommits::tick() {
    collect(0);
    if (interval_.count() == 0) return;  // auto.commit.interval.ms=0: librdkafka's "disable"
    const auto now = std::chrono::steady_clock::now();
    if (in_flight_ || now - last_start_ < interval_) return;
    last_start_ = now;
    // NULL: the stored offsets of the assignment that differ from the committed ones;
    // with none, the answer is _NO_OFFSET, which collect() takes like any other.
    if (rd_kafka_commit_queue(handle_, nullptr, results_.get(), nullptr, nullptr) ==
        RD_KAFKA_RESP_ERR_NO_ERROR)
        in_flight_ = true;
}

rd_kafka_resp_err_t GroupCommits::commit_now(const Deadline& deadline) {
    while (in_flight_ && !deadline.expired()) collect(std::max(1, deadline.remaining_ms()));
    return retry_group_request(deadline, [&] {
        const rd_kafka_resp_err_t answer = rd_kafka_commit(handle_, nullptr, 0);
        return answer == RD_KAFKA_RESP_ERR__NO_OFFSET ? RD_KAFKA_RESP_ERR_NO_ERROR : answer;
    });
}

std::chrono::milliseconds commit_interval(rd_kafka_t* handle) {
    std::array<char, 32> value{};
    std::size_t size = value.size();
    if (rd_kafka_conf_get(rd_kafka_conf(handle), "auto.commit.interval.ms", value.data(), &size) !=
        RD_KAFKA_CONF_OK)
        return std::chrono::milliseconds(5000);
    return std::chrono::milliseconds(std::stoll(value.data()));
}

}  // namespace kfk
