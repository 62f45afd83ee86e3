#pragma once
// Shared by the libFuzzer targets: every parser must either accept its input or reject it
// with a kfk::Error (a clean usage error); anything else (a crash, another exception, a
// sanitizer report) is a finding.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kfk/error.hpp"

namespace kfk::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

template <class Parse>
void expect_accept_or_usage_error(Parse&& parse) {
    try {
        parse();
    } catch (const kfk::Error& e) {
        if (e.code() != kfk::ExitCode::usage) __builtin_trap();  // parsers only ever say "usage"
    }
}

}  // namespace kfk::fuzz
