#include "kfk/client/rdkafka_handle.hpp"

#include <array>
#include <string>
#include <utility>

#include "kfk/error.hpp"

namespace kfk {

namespace {

// At verbosity 0 librdkafka's own log lines ("Connect to ... failed") would repeat what
// kfk reports as one clean error, so they are dropped.
void drop_log(const rd_kafka_t*, int, const char*, const char*) {}

// Written by the error callback, which librdkafka runs in the thread that polls.
thread_local std::optional<ConnectionProblem> last_problem;

void remember_problem(rd_kafka_t*, int err, const char* reason, void*) {
    const auto code = static_cast<rd_kafka_resp_err_t>(err);
    if (code == RD_KAFKA_RESP_ERR__AUTHENTICATION || code == RD_KAFKA_RESP_ERR__SSL) {
        last_problem = ConnectionProblem{code, reason ? reason : rd_kafka_err2str(code)};
    }
}

void set_property(rd_kafka_conf_t* conf, const std::string& key, const std::string& value,
                  std::string_view origin) {
    std::array<char, 512> why{};
    if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), why.data(), why.size()) !=
        RD_KAFKA_CONF_OK) {
        throw_usage(std::string(origin) + " " + key, why.data());
    }
}

}  // namespace

ConfPtr make_conf(const ClientConfig& config) {
    ConfPtr conf(rd_kafka_conf_new());
    set_property(conf.get(), "bootstrap.servers", config.brokers, "--brokers");
    set_property(conf.get(), "client.id", "kfk", "default");
    // Looking at a topic must never create it (producer handles default to true).
    set_property(conf.get(), "allow.auto.create.topics", "false", "default");
    if (config.verbosity == 0) {
        rd_kafka_conf_set_log_cb(conf.get(), drop_log);
    } else if (config.verbosity >= 2) {
        set_property(conf.get(), "debug", "broker,metadata,admin,topic,protocol", "-vv");
    }
    for (const Property& property : config.properties) {
        set_property(conf.get(), property.key, property.value, "-X");
    }
    rd_kafka_conf_set_error_cb(conf.get(), remember_problem);
    return conf;
}

std::optional<ConnectionProblem> take_connection_problem(rd_kafka_t* handle) {
    rd_kafka_poll(handle, 0);  // runs the error callback for what is queued
    return std::exchange(last_problem, std::nullopt);
}

void throw_connection_problem(rd_kafka_t* handle, const std::string& brokers) {
    const auto problem = take_connection_problem(handle);
    if (!problem) return;
    const bool tls = problem->code == RD_KAFKA_RESP_ERR__SSL;
    throw Error(ExitCode::kafka_error,
                tls ? "TLS handshake with " + brokers : "authenticate to " + brokers,
                problem->reason,
                tls ? "check ssl.ca.location and the broker's certificate"
                    : "check sasl.username, sasl.password and sasl.mechanism");
}

HandlePtr make_handle(rd_kafka_type_t type, ConfPtr conf) {
    std::array<char, 512> why{};
    rd_kafka_t* handle = rd_kafka_new(type, conf.get(), why.data(), why.size());
    if (handle == nullptr) {
        // On failure the conf is still ours (and freed by ConfPtr); a bad combination
        // of properties is the usual cause.
        throw Error(ExitCode::usage, "create Kafka client", why.data());
    }
    conf.release();  // on success the handle owns the conf
    return HandlePtr(handle);
}

}  // namespace kfk
