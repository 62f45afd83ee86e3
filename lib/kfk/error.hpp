#pragma once
// The errors that end a command, and the exit codes they map to. DESIGN.md's exit-code
// table is numbered here and nowhere else.

#include <stdexcept>
#include <string>

namespace kfk {

enum class ExitCode : int {
    ok = 0,
    kafka_error = 1,  // Kafka or I/O error
    usage = 2,        // bad flag, bad argument, invalid topic name or config
    not_found = 3,    // topic, partition or group does not exist
    already_exists = 4,
    partial_failure = 5,  // some messages or batch items failed
    timeout = 6,          // no broker reachable, or the operation outran --timeout
    interrupted = 130,    // SIGINT
};

constexpr int to_int(ExitCode code) noexcept { return static_cast<int>(code); }

// Thrown by the library and the commands; cli/ turns it into one stderr line and an
// exit code. `what_failed` names the operation ("describe cluster"), `why` the cause,
// `hint` (optional) what the user can do about it.
class Error : public std::runtime_error {
public:
    Error(ExitCode code, std::string what_failed, std::string why, std::string hint = {});

    ExitCode code() const noexcept { return code_; }
    const std::string& what_failed() const noexcept { return what_failed_; }
    const std::string& why() const noexcept { return why_; }
    const std::string& hint() const noexcept { return hint_; }

    // "kfk: <what failed>: <why> (<hint>)", the single line printed on stderr.
    std::string line() const;

private:
    ExitCode code_;
    std::string what_failed_;
    std::string why_;
    std::string hint_;
};

// Shorthand for the most common error: the user asked for something malformed.
[[noreturn]] void throw_usage(std::string what_failed, std::string why, std::string hint = {});

}  // namespace kfk
