// kfk top against the real cluster: measured rates against a paced producer and a
// running consumer (jsonl), and the live screen in a real terminal (tmux).

#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

extern char** environ;

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

// A shell command running in the background until destroyed (SIGTERM to its process
// group, so a pipeline ends whole).
class Background {
public:
    explicit Background(const std::string& command) {
        const std::vector<std::string> argv{"sh", "-c", command};
        std::vector<char*> raw;
        for (const std::string& a : argv) raw.push_back(const_cast<char*>(a.c_str()));
        raw.push_back(nullptr);
        posix_spawnattr_t attr;
        posix_spawnattr_init(&attr);
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attr, 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        for (int fd : {0, 1, 2})
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null",
                                             fd == 0 ? O_RDONLY : O_WRONLY, 0);
        const int rc = posix_spawn(&pid_, "/bin/sh", &actions, &attr, raw.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
        REQUIRE_MESSAGE(rc == 0, "cannot start: " << command);
    }
    ~Background() {
        if (pid_ <= 0) return;
        kill(-pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
    }

private:
    pid_t pid_ = -1;
};

std::string kfk_command() { return std::string(KFK_BINARY) + " -b " + local_cluster().bootstrap; }

std::int64_t messages_in(const std::string& topic) {
    std::int64_t total = 0;
    const json j = kfk_json({"partitions", "list", topic});
    for (const json& p : j["partitions"]) total += p["high"].get<std::int64_t>();
    return total;
}

// Polls `ready` every 100 ms for up to `limit`.
bool eventually(const std::function<bool()>& ready, std::chrono::seconds limit = 30s) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        if (ready()) return true;
        std::this_thread::sleep_for(100ms);
    }
    return false;
}

std::string tmux(const std::vector<std::string>& args) {
    std::vector<std::string> argv{"tmux"};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv).out;
}

}  // namespace

TEST_CASE("top -o jsonl measures a paced producer's rate and a running consumer's") {
    const std::string topic = create_topic("top17-top", 2, 1);
    const std::string group = unique_name("top17-top-g");
    {
        Background producer("seq 1 100000 | " + kfk_command() + " produce " + topic +
                            " --rate 500 -q");
        REQUIRE(eventually([&] { return messages_in(topic) > 0; }));
        Background consumer(kfk_command() + " consume " + topic + " -g " + group +
                            " -q -X auto.commit.interval.ms=200 > /dev/null");
        // The consumer has joined and committed before top starts measuring.
        REQUIRE(eventually([&] {
            const auto offsets = kfk_on_cluster({"-o", "json", "group", "offsets", group});
            return offsets.exit_code == 0 && !json::parse(offsets.out)["offsets"].empty();
        }));
        // The producer's real rate over a window around top's, from the high watermarks:
        // top is checked against what happened, not against the --rate asked for, which a
        // loaded machine may not hold.
        const std::int64_t high_before = messages_in(topic);
        const auto started = std::chrono::steady_clock::now();
        const auto r = kfk_on_cluster(
            {"top", topic, "-g", group, "-o", "jsonl", "--iterations", "3", "--interval", "2s"});
        const double actual =
            static_cast<double>(messages_in(topic) - high_before) /
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        REQUIRE_MESSAGE(r.exit_code == 0, r.err);
        const auto lines = lines_of(r.out);
        REQUIRE(lines.size() == 3);
        double messages = 0;
        double seconds = 0;
        double consumed = 0;
        for (const std::string& line : lines) {
            const json view = json::parse(line);
            REQUIRE(view["topics"].size() == 1);
            const json& t = view["topics"][0];
            CHECK(t["topic"] == topic);
            CHECK(t["partitions"] == 2);
            messages += t["messages_per_sec"].get<double>() * view["interval_sec"].get<double>();
            seconds += view["interval_sec"].get<double>();
            REQUIRE(view["groups"].size() == 1);
            CHECK(view["groups"][0]["group"] == group);
            consumed += view["groups"][0]["consume_per_sec"].get<double>() *
                        view["interval_sec"].get<double>();
        }
        const double rate = messages / seconds;
        REQUIRE(actual > 100.0);
        CAPTURE(actual);
        CHECK(rate >= actual * 0.8);
        CHECK(rate <= actual * 1.2);
        CHECK(consumed > 0);
        // Bytes/s is estimated from real messages ("1".."100000", a few bytes each).
        const json last = json::parse(lines.back());
        CHECK(last["topics"][0]["bytes_per_sec"].get<double>() > 0);
    }
    kfk_on_cluster({"group", "delete", group, "--if-exists"});
    kfk_on_cluster({"topic", "delete", topic, "--if-exists", "--yes"});
}

TEST_CASE("top on a terminal draws a live screen and q restores the shell's screen") {
    REQUIRE(run_process({"tmux", "-V"}).exit_code == 0);
    const std::string topic = create_topic("top17-tty", 1, 1);
    const std::string session = unique_name("top17-tmux");
    tmux({"new-session", "-d", "-s", session, "-x", "120", "-y", "40", "env", "PS1=$ ", "sh"});
    tmux({"send-keys", "-t", session, "echo before-top-" + session, "Enter"});
    tmux({"send-keys", "-t", session, kfk_command() + " top " + topic + " --interval 500ms",
          "Enter"});
    auto pane = [&] { return tmux({"capture-pane", "-p", "-t", session}); };
    // The header comes with the first frame, the topic's row with the first measured
    // interval: wait for the row, not only the header.
    const bool drawn = eventually([&] {
        const std::string now = pane();
        return now.find("MSG/S IN") != std::string::npos &&
               now.find(topic + " ") != std::string::npos;
    });
    const std::string screen = pane();
    tmux({"send-keys", "-t", session, "q"});
    const bool left = eventually([&] {
        const std::string now = pane();
        return now.find("kfk top - ") == std::string::npos &&
               now.find("before-top-" + session) != std::string::npos;
    });
    const std::string after = pane();
    tmux({"kill-session", "-t", session});
    kfk_on_cluster({"topic", "delete", topic, "--if-exists", "--yes"});

    REQUIRE_MESSAGE(drawn, screen);
    CHECK(screen.find("kfk top - ") != std::string::npos);
    CHECK(screen.find("before-top-") == std::string::npos);  // on the alternate screen
    CHECK(screen.find("MSG/S IN") != std::string::npos);
    CHECK(screen.find(topic) != std::string::npos);
    CHECK_MESSAGE(left, after);
}
