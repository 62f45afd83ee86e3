#include "kfk/completion/live_names.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include "kfk/client/admin.hpp"
#include "kfk/client/kafka_error.hpp"
#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/completion/config_keys.hpp"
#include "kfk/completion/group_topics.hpp"
#include "kfk/error.hpp"

namespace kfk {

namespace {

void write_all(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0) return;
        done += static_cast<std::size_t>(n);
    }
}

// The child's whole life: fetch, write the names and a final empty line (so that the
// parent can tell a complete answer from a cut one), then leave without destroying the
// librdkafka handle, whose shutdown could take longer than the answer did.
[[noreturn]] void child_fetch(LiveNameKind kind, const std::vector<std::string>& subjects,
                              const ClientConfig& config, int out) {
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) ::dup2(null, STDERR_FILENO);  // librdkafka must not print into the shell
    int status = 1;
    try {
        const std::vector<std::string> names = fetch_names(kind, subjects, config);
        std::string text;
        for (const std::string& name : names) text += name + '\n';
        write_all(out, text + '\n');
        status = 0;
    } catch (...) {
    }
    ::_exit(status);
}

// Reads the child's answer until EOF or the deadline; false when cut short.
bool read_until(int fd, std::chrono::steady_clock::time_point deadline, std::string& text) {
    char buffer[4096];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) return false;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return true;
        text.append(buffer, static_cast<std::size_t>(n));
    }
}

}  // namespace

std::string_view to_string(LiveNameKind kind) {
    switch (kind) {
        case LiveNameKind::topic:
            return "topics";
        case LiveNameKind::group:
            return "groups";
        case LiveNameKind::settable_config_key:
            return "config-keys";
        case LiveNameKind::own_config_key:
            return "own-config-keys";
        case LiveNameKind::group_topic:
            return "group-topics";
    }
    return "names";
}

std::vector<std::string> fetch_names(LiveNameKind kind, const std::vector<std::string>& subjects,
                                     const ClientConfig& config) {
    // The kinds of one topic need exactly one: nothing else names it.
    const auto the_topic = [&subjects]() -> const std::string& {
        if (subjects.size() != 1) throw Error(ExitCode::usage, "complete", "one topic expected");
        return subjects.front();
    };
    switch (kind) {
        case LiveNameKind::topic:
            return fetch_topic_names(config);
        case LiveNameKind::group:
            return fetch_group_names(config);
        case LiveNameKind::settable_config_key:
            return fetch_settable_config_keys(config, the_topic());
        case LiveNameKind::own_config_key:
            return fetch_own_config_keys(config, the_topic());
        case LiveNameKind::group_topic:
            return fetch_group_topics(config, subjects);
    }
    return {};
}

std::vector<std::string> fetch_topic_names(const ClientConfig& config) {
    Admin admin(config);
    std::vector<std::string> names;
    for (const TopicMetadata& topic : admin.metadata().topics) names.push_back(topic.name);
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> fetch_group_names(const ClientConfig& config) {
    const Deadline deadline(config.timeout);
    HandlePtr handle = make_handle(RD_KAFKA_CONSUMER, make_conf(config));
    const rd_kafka_group_list* raw = nullptr;
    const rd_kafka_resp_err_t err =
        rd_kafka_list_groups(handle.get(), nullptr, &raw, deadline.remaining_ms());
    GroupListPtr list(raw);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) throw kafka_error("list groups", err);
    std::vector<std::string> names;
    for (int i = 0; i < list->group_cnt; ++i) names.emplace_back(list->groups[i].group);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

std::optional<std::vector<std::string>> fetch_names_by(
    LiveNameKind kind, const std::vector<std::string>& subjects, const ClientConfig& config,
    std::chrono::steady_clock::time_point deadline) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return std::nullopt;
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return std::nullopt;
    }
    if (child == 0) {
        ::close(fds[0]);
        child_fetch(kind, subjects, config, fds[1]);
    }
    ::close(fds[1]);
    std::string text;
    const bool finished = read_until(fds[0], deadline, text);
    ::close(fds[0]);
    if (!finished) ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    const bool complete = finished && WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
                          text.size() >= 1 && text.back() == '\n' &&
                          (text.size() == 1 || text.ends_with("\n\n"));
    if (!complete) return std::nullopt;
    std::vector<std::string> names;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
        if (end > start) names.push_back(text.substr(start, end - start));
    }
    return names;
}

}  // namespace kfk
