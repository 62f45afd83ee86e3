// @TIME specs (epoch ms, RFC 3339, @-DURATION) and durations.
#include "fuzz_target.hpp"
#include "kfk/duration.hpp"
#include "kfk/time_spec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = kfk::fuzz::as_text(data, size);
    kfk::fuzz::expect_accept_or_usage_error(
        [&] { kfk::parse_time_spec(text, std::chrono::system_clock::now(), "--from"); });
    if (auto duration = kfk::try_parse_duration(text)) {
        // What format_duration prints must parse back to the same duration.
        if (kfk::try_parse_duration(kfk::format_duration(*duration)) != duration) __builtin_trap();
    }
    return 0;
}
