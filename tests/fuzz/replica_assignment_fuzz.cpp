// --replica-assignment specs.
#include "fuzz_target.hpp"
#include "kfk/topic/replica_assignment.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kfk::fuzz::expect_accept_or_usage_error([&] {
        const auto assignment = kfk::parse_replica_assignment(kfk::fuzz::as_text(data, size));
        for (const auto& replicas : assignment) {
            if (replicas.empty() || replicas.size() != assignment.front().size()) __builtin_trap();
        }
    });
    return 0;
}
