#include "kfk/client/coordinator_retry.hpp"

#include <algorithm>
#include <thread>

namespace kfk {

bool coordinator_not_ready(rd_kafka_resp_err_t err) {
    switch (err) {
        case RD_KAFKA_RESP_ERR_NOT_COORDINATOR:
        case RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS:
        case RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE:
            return true;
        default:
            return false;
    }
}

bool group_request_retriable(rd_kafka_resp_err_t err) {
    return coordinator_not_ready(err) || err == RD_KAFKA_RESP_ERR__WAIT_COORD ||
           err == RD_KAFKA_RESP_ERR__TIMED_OUT || err == RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT ||
           err == RD_KAFKA_RESP_ERR__TRANSPORT;
}

bool RetryPause::wait(const Deadline& deadline) {
    const std::chrono::milliseconds left(deadline.remaining_ms());
    if (left <= next_) return false;
    std::this_thread::sleep_for(next_);
    next_ = std::min(next_ * 2, std::chrono::milliseconds(1000));
    return true;
}

}  // namespace kfk
