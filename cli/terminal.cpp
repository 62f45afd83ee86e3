#include "terminal.hpp"

#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstring>

namespace kfk::cli {

namespace {

std::atomic<bool> window_changed{false};
extern "C" void on_winch(int) { window_changed.store(true); }

void write_all(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0) return;  // the terminal went away: nothing left to restore onto
        done += static_cast<std::size_t>(n);
    }
}

constexpr const char* enter = "\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J";
constexpr const char* leave = "\x1b[?25h\x1b[?1049l";

}  // namespace

struct FullScreen::Saved {
    termios settings{};
};

FullScreen::FullScreen(int in_fd, int out_fd) : in_fd_(in_fd), out_fd_(out_fd), saved_(new Saved) {
    struct sigaction action {};
    action.sa_handler = on_winch;
    sigemptyset(&action.sa_mask);
    sigaction(SIGWINCH, &action, nullptr);
    if (isatty(in_fd_) && tcgetattr(in_fd_, &saved_->settings) == 0) {
        termios raw = saved_->settings;
        // Keys arrive one by one, unechoed; ISIG stays on so Ctrl-C still interrupts.
        raw.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO));
        raw.c_cc[VMIN] = 0;
        raw.c_cc[VTIME] = 0;
        keys_ = tcsetattr(in_fd_, TCSANOW, &raw) == 0;
    }
    write_all(out_fd_, enter);
}

FullScreen::~FullScreen() {
    write_all(out_fd_, leave);
    if (keys_) tcsetattr(in_fd_, TCSANOW, &saved_->settings);
    signal(SIGWINCH, SIG_DFL);
    delete saved_;
}

std::pair<int, int> FullScreen::size() const {
    winsize ws{};
    if (ioctl(out_fd_, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0)
        return {ws.ws_col, ws.ws_row};
    return {80, 24};
}

std::string screen_frame(const std::vector<std::string>& lines) {
    std::string frame = "\x1b[H";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        // No line break after the last line: on the screen's bottom row it would scroll
        // the frame up and push the title off the top.
        frame += lines[i] + "\x1b[K" + (i + 1 < lines.size() ? "\r\n" : "");
    }
    frame += "\x1b[J";  // clear what the previous, longer frame left below
    return frame;
}

void FullScreen::draw(const std::vector<std::string>& lines) {
    write_all(out_fd_, screen_frame(lines));
}

std::optional<char> FullScreen::read_key(std::chrono::milliseconds wait) {
    if (!keys_) {
        // No keyboard: just wait (poll with no descriptors sleeps, and wakes on signals).
        ::poll(nullptr, 0, static_cast<int>(wait.count()));
        return std::nullopt;
    }
    pollfd fd{in_fd_, POLLIN, 0};
    if (::poll(&fd, 1, static_cast<int>(wait.count())) <= 0) return std::nullopt;
    char key = 0;
    if (::read(in_fd_, &key, 1) != 1) return std::nullopt;
    return key;
}

bool FullScreen::resized() { return window_changed.exchange(false); }

}  // namespace kfk::cli
