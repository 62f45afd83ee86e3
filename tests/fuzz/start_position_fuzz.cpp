// consume --from specs, including @TIME and @-DURATION.
#include "fuzz_target.hpp"
#include "kfk/consume/start_position.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kfk::fuzz::expect_accept_or_usage_error([&] {
        kfk::parse_start_position(kfk::fuzz::as_text(data, size), std::chrono::system_clock::now());
    });
    return 0;
}
