// group offsets / reset --from-file: the offsets file both ways, and a reset to it.

#include "kfk/group/group_offsets.hpp"

#include <doctest/doctest.h>

#include "../render/draw.hpp"
#include "kfk/error.hpp"
#include "kfk/group/reset_plan.hpp"
#include "kfk/render/group_render.hpp"

using namespace kfk;

namespace {

std::string usage_line(const char* text) {
    try {
        parse_group_offsets(text, "f.json");
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::usage);
        return e.line();
    }
    FAIL("'" << text << "' was accepted");
    return {};
}

}  // namespace

TEST_CASE("group offsets JSON reads back as the same offsets") {
    const GroupLag lag = group_lag("billing", "Empty",
                                   {{"orders", 1, 12, 20, 8, {}, {}},
                                    {"orders", 0, 10, 20, 10, {}, {}},
                                    {"audit", 0, std::nullopt, 5, std::nullopt, {}, {}}});
    const GroupOffsets offsets = group_offsets(lag);
    REQUIRE(offsets.offsets.size() == 2);
    CHECK(offsets.offsets[0] == CommittedOffset{"orders", 0, 10});
    const std::string json = test::draw(offsets, OutputFormat::json);
    CHECK(nlohmann::json::parse(json) == nlohmann::json::parse(R"({"group": "billing", "offsets": [
              {"topic": "orders", "partition": 0, "offset": 10},
              {"topic": "orders", "partition": 1, "offset": 12}]})"));
    const GroupOffsets back = parse_group_offsets(json, "f.json");
    CHECK(back.group == "billing");
    CHECK(back.offsets == offsets.offsets);
    CHECK(test::draw(offsets) ==
          "TOPIC   PARTITION  OFFSET\n"
          "orders          0      10\n"
          "orders          1      12\n");
}

TEST_CASE("a malformed offsets file is a usage error naming the file") {
    CHECK(usage_line("nope").starts_with("kfk: read offsets from f.json: not JSON"));
    CHECK(usage_line("{}").starts_with("kfk: read offsets from f.json: no \"offsets\" array"));
    CHECK(usage_line(R"({"offsets": []})") ==
          "kfk: read offsets from f.json: the file lists no offsets");
    CHECK(usage_line(R"({"offsets": [{"topic": "t", "partition": 0}]})")
              .starts_with(
                  "kfk: read offsets from f.json: an entry is not {topic, partition, offset}"));
    CHECK(usage_line(R"({"offsets": [{"topic": "t", "partition": 0, "offset": -1}]})") ==
          "kfk: read offsets from f.json: a negative partition or offset at t[0]");
    CHECK(usage_line(R"({"offsets": [{"topic": "t", "partition": 0, "offset": 1},
                                    {"topic": "t", "partition": 0, "offset": 2}]})") ==
          "kfk: read offsets from f.json: t[0] appears twice");
}

TEST_CASE("a reset from a file sets each partition's own offset, within its log") {
    const ResetTarget file{ResetTarget::Kind::from_file, 0};
    ResetInput in{"orders", 0, 3, 10, 100, std::nullopt, 42};
    CHECK(reset_offset(file, in) == 42);
    in.requested = 500;
    CHECK(reset_offset(file, in) == 100);
    in.requested = 1;
    CHECK(reset_offset(file, in) == 10);
    CHECK(to_string(file) == "file");
}
