// -F Java .properties files, and their translation to librdkafka names.
#include "fuzz_target.hpp"
#include "kfk/config/properties_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kfk::fuzz::expect_accept_or_usage_error([&] {
        const auto properties =
            kfk::parse_properties(kfk::fuzz::as_text(data, size), "fuzz.properties");
        kfk::translate_java_properties(properties, "fuzz.properties");
    });
    return 0;
}
