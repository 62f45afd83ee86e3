#pragma once
// What the wait commands (cluster wait, topic wait, group wait) share: the default
// time limit, the polling, progress on a terminal, JSON on request, exit 6 on timeout.

#include <functional>
#include <string>

#include "cli.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/wait_loop.hpp"

namespace kfk::cli {

// True when --timeout was given, so the wait commands' own default (60 s) applies
// otherwise rather than the global 10 s.
bool timeout_given(Cli& cli);

// Re-checks `check` until it holds (exit 0) or the time is up (a timeout Error naming
// `command`, exit 6). Nothing on stdout unless -o json: then
// {"ready", "status", "waited_ms"}, also on timeout. On a terminal, each new status
// goes to stderr.
ExitCode run_wait(const std::string& command, const GlobalOptions& globals, bool timeout_set,
                  Streams& streams, const std::function<Readiness(Admin&)>& check);

}  // namespace kfk::cli
