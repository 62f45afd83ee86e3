#pragma once
// The schema module's side of the C ABI (module_abi.h): copying results out into
// malloc'd buffers, and the guard every entry point runs its body in, so that no C++
// exception crosses into kfk (whose runtime and unwinder are not the module's).

#include <string>
#include <string_view>

#include "kfk/error.hpp"
#include "kfk/schema/module_abi.h"

namespace kfk::schema_module {

// `bytes` into a malloc'd buffer (kfk_schema_text_free releases it).
void put_text(kfk_schema_text* out, std::string_view bytes);

// A misfit: exit code 0, only `why`.
int misfit(kfk_schema_error* error, const std::string& why);

// Runs `body` (which returns a status); an exception becomes KFK_SCHEMA_FAILED with the
// exit code and line kfk would have printed had it thrown in-process.
template <typename Body>
int guarded(kfk_schema_error* error, Body&& body) noexcept;

void fail(kfk_schema_error* error, ExitCode code, const std::string& what_failed,
          const std::string& why, const std::string& hint);

template <typename Body>
int guarded(kfk_schema_error* error, Body&& body) noexcept {
    try {
        try {
            return body();
        } catch (const Error& e) {
            fail(error, e.code(), e.what_failed(), e.why(), e.hint());
        } catch (const std::exception& e) {
            fail(error, ExitCode::kafka_error, "schema support", e.what(), {});
        } catch (...) {
            fail(error, ExitCode::kafka_error, "schema support", "unexpected error", {});
        }
    } catch (...) {
        // Out of memory while reporting: still no exception across the boundary.
        if (error != nullptr) error->exit_code = to_int(ExitCode::kafka_error);
    }
    return KFK_SCHEMA_FAILED;
}

}  // namespace kfk::schema_module
