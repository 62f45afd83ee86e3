#include "kfk/render/offsets_render.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "draw.hpp"

using kfk::PartitionOffset;
using kfk::test::draw;

TEST_CASE("offsets table: one row per partition, an ERROR column only when needed") {
    const std::vector<PartitionOffset> ok{{"orders", 0, 12, ""}, {"orders", 1, 7, ""}};
    CHECK(draw(ok) ==
          "TOPIC   PARTITION  OFFSET\n"
          "orders          0      12\n"
          "orders          1       7\n");
    const std::vector<PartitionOffset> failed{{"orders", 0, 12, ""},
                                              {"orders", 1, std::nullopt, "no leader"}};
    CHECK(draw(failed) ==
          "TOPIC   PARTITION  OFFSET  ERROR\n"
          "orders          0      12\n"
          "orders          1       -  no leader\n");
}

TEST_CASE("offsets JSON: an array of {topic, partition, offset}, null and error on failure") {
    const std::vector<PartitionOffset> rows{{"orders", 0, 12, ""},
                                            {"orders", 1, std::nullopt, "no leader"}};
    CHECK(nlohmann::json::parse(draw(rows, kfk::OutputFormat::json)) ==
          nlohmann::json::parse(R"([{"topic":"orders","partition":0,"offset":12},
              {"topic":"orders","partition":1,"offset":null,"error":"no leader"}])"));
}
