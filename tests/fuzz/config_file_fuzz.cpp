// The kfk config file, and rewriting its current context.
#include "fuzz_target.hpp"
#include "kfk/config/config_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = kfk::fuzz::as_text(data, size);
    kfk::fuzz::expect_accept_or_usage_error([&] {
        const auto file = kfk::parse_config_file(text, "fuzz");
        // Rewriting the current context must give a file that parses to that context.
        const auto rewritten = kfk::parse_config_file(kfk::with_current_context(text, "x"), "fuzz");
        if (rewritten.current != "x" || rewritten.contexts.size() != file.contexts.size())
            __builtin_trap();
    });
    return 0;
}
