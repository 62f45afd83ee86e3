#pragma once
// The full-screen terminal `kfk top` draws on, in plain ANSI: alternate screen, hidden
// cursor, keys without Enter. The destructor puts everything back, so every way out
// (q, Ctrl-C, an error thrown through it) restores the user's screen.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace kfk::cli {

// The bytes that replace the screen's contents with `lines` (one per row, from the top;
// at most the screen's height), leaving the cursor on the last line.
std::string screen_frame(const std::vector<std::string>& lines);

class FullScreen {
public:
    // Enters the alternate screen on `out_fd`, keys read from `in_fd` when it is a TTY.
    FullScreen(int in_fd, int out_fd);
    ~FullScreen();
    FullScreen(const FullScreen&) = delete;
    FullScreen& operator=(const FullScreen&) = delete;

    // Columns and rows now (they follow resizes).
    std::pair<int, int> size() const;

    // Replaces the screen's contents with `lines`.
    void draw(const std::vector<std::string>& lines);

    // Waits up to `wait` for a key; none on timeout, on a resize (SIGWINCH) or on a
    // signal. `resized()` says whether a resize happened since the last call.
    std::optional<char> read_key(std::chrono::milliseconds wait);
    bool resized();

private:
    int in_fd_;
    int out_fd_;
    bool keys_ = false;  // terminal settings were changed and must be restored
    struct Saved;
    Saved* saved_;
};

}  // namespace kfk::cli
