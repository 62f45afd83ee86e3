#include "kfk/render/consume_render.hpp"

#include <doctest/doctest.h>

namespace {

kfk::ConsumeSummary summary(std::int64_t fetched, std::int64_t written, bool closed) {
    kfk::ConsumeSummary s;
    s.messages = fetched;
    s.written = written;
    s.bytes = 2048;
    s.elapsed = std::chrono::milliseconds(50);
    s.output_closed = closed;
    return s;
}

}  // namespace

TEST_CASE("consume summary: everything written is 'consumed'") {
    CHECK(kfk::consume_summary_line(summary(3, 3, false), std::nullopt) ==
          "consumed 3 messages (2.0 KiB) in 0.05s");
    CHECK(kfk::consume_summary_line(summary(1, 1, false), "g") ==
          "consumed 1 message (2.0 KiB) in 0.05s");
    // The reader left after the last flush: nothing fetched was lost.
    CHECK(kfk::consume_summary_line(summary(5, 5, true), "g") ==
          "consumed 5 messages (2.0 KiB) in 0.05s");
}

TEST_CASE("consume summary: an output closed early says what was written, and committed") {
    CHECK(kfk::consume_summary_line(summary(1310, 655, true), std::nullopt) ==
          "fetched 1310 messages (2.0 KiB) in 0.05s, wrote 655 before the output closed");
    CHECK(kfk::consume_summary_line(summary(1310, 655, true), "billing") ==
          "fetched 1310 messages (2.0 KiB) in 0.05s, wrote 655 before the output closed; "
          "group billing committed those 655");
    CHECK(kfk::consume_summary_line(summary(2, 1, true), "g") ==
          "fetched 2 messages (2.0 KiB) in 0.05s, wrote 1 before the output closed; group g "
          "committed that one");
    CHECK(kfk::consume_summary_line(summary(7, 0, true), "g") ==
          "fetched 7 messages (2.0 KiB) in 0.05s, wrote 0 before the output closed; group g "
          "committed nothing");
}

TEST_CASE("consume summary: messages --on-decode-error skip dropped are counted apart") {
    kfk::ConsumeSummary s = summary(3, 3, false);
    s.dropped = 2;
    CHECK(kfk::consume_summary_line(s, std::nullopt) ==
          "consumed 3 messages (2.0 KiB) in 0.05s, skipped 2 that did not decode");
}

TEST_CASE("human bytes") {
    CHECK(kfk::human_bytes(12) == "12 B");
    CHECK(kfk::human_bytes(1536) == "1.5 KiB");
    CHECK(kfk::human_bytes(3 * 1048576 + 209715) == "3.2 MiB");
}

TEST_CASE("the consume summary of a filtered run says how many were scanned and matched") {
    kfk::ConsumeSummary s;
    s.messages = 2;
    s.written = 2;
    s.scanned = 40;
    s.matched = 5;
    s.bytes = 20;
    s.elapsed = std::chrono::milliseconds(1500);
    s.filtered = true;
    CHECK(kfk::consume_summary_line(s, std::nullopt) ==
          "scanned 40 messages, matched 5 (20 B) in 1.50s");
    s.tailed = true;
    CHECK(kfk::consume_summary_line(s, std::nullopt) ==
          "scanned 40 messages, matched 5, printed 2 (20 B) in 1.50s");
}
