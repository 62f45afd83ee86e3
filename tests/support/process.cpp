#include "support/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace kfk::test {

namespace {

struct Pipe {
    int read = -1;
    int write = -1;
    Pipe() {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
        read = fds[0];
        write = fds[1];
    }
};

void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

[[noreturn]] void exec_child(const std::vector<std::string>& argv, const ProcessOptions& options,
                             Pipe& in, Pipe& out, Pipe& err) {
    dup2(in.read, STDIN_FILENO);
    if (options.stdout_path.empty()) {
        dup2(out.write, STDOUT_FILENO);
    } else {
        const int fd = ::open(options.stdout_path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) _exit(127);
        dup2(fd, STDOUT_FILENO);
    }
    dup2(err.write, STDERR_FILENO);
    signal(SIGPIPE, SIG_DFL);
    for (const auto& [name, value] : options.env) {
        if (value) {
            setenv(name.c_str(), value->c_str(), 1);
        } else {
            unsetenv(name.c_str());
        }
    }
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    dprintf(STDERR_FILENO, "exec %s: %s\n", args[0], std::strerror(errno));
    _exit(127);
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options) {
    signal(SIGPIPE, SIG_IGN);  // a child that exits early must not kill the test
    Pipe in, out, err;
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) exec_child(argv, options, in, out, err);

    close_fd(in.read);
    close_fd(out.write);
    close_fd(err.write);
    fcntl(in.write, F_SETFL, O_NONBLOCK);

    ProcessResult result;
    std::size_t written = 0;
    // All of stdin_data is written: stdin is closed, or only kept open.
    bool stdin_done = options.stdin_data.empty();
    auto finish_stdin = [&] {
        stdin_done = true;
        if (!options.keep_stdin_open) close_fd(in.write);
    };
    if (stdin_done) finish_stdin();
    const auto deadline = start + options.limit;
    std::array<char, 65536> buffer{};
    while (out.read >= 0 || err.read >= 0) {
        if (options.signal != 0 && !result.signal_sent && stdin_done &&
            result.err.find(options.signal_after_err) != std::string::npos) {
            kill(pid, options.signal);
            result.signal_sent = true;
        }
        std::array<pollfd, 3> fds{{{out.read, POLLIN, 0},
                                   {err.read, POLLIN, 0},
                                   {stdin_done ? -1 : in.write, POLLOUT, 0}}};
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            kill(pid, SIGKILL);
            result.killed_at_limit = true;
            break;
        }
        if (poll(fds.data(), fds.size(), static_cast<int>(left.count())) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            int& fd = i == 0 ? out.read : err.read;
            std::string& sink = i == 0 ? result.out : result.err;
            if (fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t n = ::read(fd, buffer.data(), buffer.size());
                if (n > 0) {
                    sink.append(buffer.data(), static_cast<std::size_t>(n));
                } else if (n == 0 || errno != EINTR) {
                    close_fd(fd);
                }
            }
        }
        if (!stdin_done && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t n = ::write(in.write, options.stdin_data.data() + written,
                                      options.stdin_data.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if (n < 0 && errno != EAGAIN && errno != EINTR) {
                close_fd(in.write);
                stdin_done = true;
            }
            if (written == options.stdin_data.size()) finish_stdin();
        }
    }
    close_fd(in.write);
    close_fd(out.read);
    close_fd(err.read);

    int status = 0;
    waitpid(pid, &status, 0);
    result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

ProcessResult run_kfk(const std::vector<std::string>& args, const ProcessOptions& options) {
    std::vector<std::string> argv{KFK_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv, options);
}

}  // namespace kfk::test
