// consume -f format strings: compile, then format a message with every kind of field.
#include "fuzz_target.hpp"
#include "kfk/consume/message_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kfk::fuzz::expect_accept_or_usage_error([&] {
        const auto format = kfk::MessageFormat::compile(kfk::fuzz::as_text(data, size));
        kfk::MessageView m;
        m.topic = "t";
        m.key = "k";
        m.headers = {{"h", "v"}, {"n", std::nullopt}};
        std::string out;
        format.append(m, out);
    });
    return 0;
}
