#include "kfk/error.hpp"

namespace kfk {

namespace {
std::string compose(const std::string& what_failed, const std::string& why,
                    const std::string& hint) {
    std::string line = "kfk: " + what_failed;
    if (!why.empty()) line += ": " + why;
    if (!hint.empty()) line += " (" + hint + ")";
    return line;
}
}  // namespace

Error::Error(ExitCode code, std::string what_failed, std::string why, std::string hint)
    : std::runtime_error(compose(what_failed, why, hint)),
      code_(code),
      what_failed_(std::move(what_failed)),
      why_(std::move(why)),
      hint_(std::move(hint)) {}

std::string Error::line() const { return what(); }

void throw_usage(std::string what_failed, std::string why, std::string hint) {
    throw Error(ExitCode::usage, std::move(what_failed), std::move(why), std::move(hint));
}

}  // namespace kfk
