// base64: encode/decode round trips, and decode accepts only canonical text.
#include "fuzz_target.hpp"
#include "kfk/codec/base64.hpp"
#include "kfk/codec/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = kfk::fuzz::as_text(data, size);
    if (kfk::base64_decode(kfk::base64_encode(bytes)) != std::string(bytes)) __builtin_trap();
    if (auto decoded = kfk::base64_decode(bytes)) {
        if (kfk::base64_encode(*decoded) != bytes) __builtin_trap();
    }
    (void)kfk::is_valid_utf8(bytes);
    return 0;
}
