// consume keeps its memory bounded (kfk's flow control over librdkafka's pre-fetch
// queue) while reading every message exactly once.

#include <doctest/doctest.h>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timing.hpp"

using namespace kfk::test;

TEST_CASE("consume of 200k messages stays under 56 MB peak RSS and reads each once") {
    const std::string topic = create_topic("memory", 3, 1);
    const std::string value(99, 'v');
    for (int p = 0; p < 3; ++p) {
        std::vector<std::string> lines;
        for (int i = 0; i < 66'667; ++i) lines.push_back(std::to_string(p * 100'000 + i) + value);
        kcat_produce(topic, p, lines);
    }
    // /usr/bin/time reports the child's peak resident set size (getrusage's ru_maxrss)
    // on the last line of stderr; the output goes through a pipe counted by wc.
    ProcessOptions options;
    options.env = {{"B", local_cluster().bootstrap}, {"KFK", KFK_BINARY}, {"T", topic}};
    const auto r = run_process(
        {"bash", "-c",
         "set -o pipefail; /usr/bin/time -f %M $KFK -b $B consume $T --from beginning -e -q"
         " -f '%p-%o\\n' | sort -u | wc -l"},
        options);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(std::stoll(r.out) == 200'001);  // distinct partition-offset pairs: no repeat
    const auto err_lines = lines_of(r.err);
    REQUIRE_FALSE(err_lines.empty());
    const long long peak_kb = std::stoll(err_lines.back());
    INFO("peak RSS: ", peak_kb, " KB");
    // About 42 MB with kfk's bounds; librdkafka's defaults (100,000 messages or 64 MB
    // queued) peak at about 63 MB here and above 64 MB for 1M messages.
    // ASan's shadow memory and quarantine make the sanitizer build's RSS say nothing about
    // kfk's own bound: the bound is checked in the normal build only.
    if (!KFK_SANITIZE) CHECK(peak_kb < 56 * 1024);
}
