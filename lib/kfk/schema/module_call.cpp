#include "kfk/schema/module_call.hpp"

#include "kfk/error.hpp"

namespace kfk {

namespace {
std::string text_of(const char* s) { return s != nullptr ? s : ""; }
}  // namespace

int ModuleCall::check(int status) const {
    if (status != KFK_SCHEMA_FAILED) return status;
    throw Error(static_cast<ExitCode>(error.exit_code), text_of(error.what_failed),
                text_of(error.why), text_of(error.hint));
}

}  // namespace kfk
