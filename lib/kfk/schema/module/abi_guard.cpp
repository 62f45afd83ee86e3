#include "abi_guard.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

namespace kfk::schema_module {

namespace {

// NUL-terminated, so that kfk may read the error strings as C strings.
char* copy_out(std::string_view bytes) {
    auto* data = static_cast<char*>(std::malloc(bytes.size() + 1));
    if (data == nullptr) throw std::bad_alloc();
    if (!bytes.empty()) std::memcpy(data, bytes.data(), bytes.size());
    data[bytes.size()] = '\0';
    return data;
}

}  // namespace

void put_text(kfk_schema_text* out, std::string_view bytes) {
    out->data = copy_out(bytes);
    out->size = bytes.size();
}

int misfit(kfk_schema_error* error, const std::string& why) {
    kfk_schema_error_free(error);
    error->why = copy_out(why);
    return KFK_SCHEMA_MISFIT;
}

void fail(kfk_schema_error* error, ExitCode code, const std::string& what_failed,
          const std::string& why, const std::string& hint) {
    if (error == nullptr) return;
    kfk_schema_error_free(error);
    error->exit_code = to_int(code);
    error->what_failed = copy_out(what_failed);
    error->why = copy_out(why);
    error->hint = copy_out(hint);
}

}  // namespace kfk::schema_module

extern "C" {

int kfk_schema_abi_version(void) { return KFK_SCHEMA_ABI_VERSION; }

void kfk_schema_text_free(kfk_schema_text* text) {
    if (text == nullptr) return;
    std::free(text->data);
    text->data = nullptr;
    text->size = 0;
}

void kfk_schema_error_free(kfk_schema_error* error) {
    if (error == nullptr) return;
    std::free(error->what_failed);
    std::free(error->why);
    std::free(error->hint);
    *error = kfk_schema_error{};
}
}
