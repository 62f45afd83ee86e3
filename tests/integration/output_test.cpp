// Writing stdout: a failed write is exit 1 with one line; only EPIPE (the reader left)
// is quiet and exit 0. The binary runs with stdout on /dev/full, or into `head`.

#include <doctest/doctest.h>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;

namespace {

ProcessResult kfk_to_full_disk(const std::vector<std::string>& args) {
    ProcessOptions options;
    options.stdout_path = "/dev/full";
    return kfk_on_cluster(args, options);
}

}  // namespace

TEST_CASE("kfk version and kfk completion bash > /dev/full exit 1 with one line") {
    for (const auto& args :
         {std::vector<std::string>{"version"}, std::vector<std::string>{"completion", "bash"}}) {
        const auto r = kfk_to_full_disk(args);
        CHECK(r.exit_code == 1);
        CHECK(r.err == "kfk: write to stdout: No space left on device\n");
    }
}

TEST_CASE("consume > /dev/full exits 1 with one line") {
    const std::string topic = create_topic("full", 1, 1);
    kcat_produce(topic, 0, numbered(0, 10));
    const auto r = kfk_to_full_disk({"consume", topic, "--from", "beginning", "-e", "-q"});
    CHECK(r.exit_code == 1);
    CHECK(r.err == "kfk: write to stdout: No space left on device\n");
}

// EPIPE through a real pipe: consume_test.cpp's "kfk consume | head exits 0 quietly".
