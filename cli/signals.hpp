#pragma once
// SIGINT/SIGTERM become a flag that long-running commands poll, so they can flush,
// commit and report before exiting 130.

#include <atomic>

namespace kfk::cli {

// Installs the handlers (once) and returns the flag they raise.
const std::atomic<bool>& interrupt_flag();

}  // namespace kfk::cli
