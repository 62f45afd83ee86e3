// kfk group offsets / reset --from-file / delete-offsets and kfk topic groups, against
// groups committed by kfk consume -g, checked through group lag (what the broker holds).

#include <doctest/doctest.h>

#include <fstream>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;

namespace {

void consume_in_group(const std::string& topic, const std::string& group, int count) {
    const auto r = kfk_on_cluster(
        {"consume", topic, "-g", group, "--from", "beginning", "-n", std::to_string(count), "-q"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
}

// partition -> committed offset of `group` on `topic`, from group lag.
std::map<int, json> committed(const std::string& group, const std::string& topic) {
    const json lag = kfk_json({"group", "lag", group, "--topic", topic});
    std::map<int, json> out;
    for (const json& t : lag["groups"][0]["topics"])
        for (const json& p : t["partitions"]) out[p["partition"].get<int>()] = p["committed"];
    if (out.empty()) MESSAGE("group lag shows no partition of " << topic << ": " << lag.dump());
    return out;
}

}  // namespace

TEST_CASE("group offsets saves offsets that reset --from-file restores, also into another group") {
    const std::string topic = create_topic("admin16-goff", 1, 1);
    const std::string other = create_topic("admin16-goff-other", 1, 1);
    kcat_produce(topic, 0, numbered(0, 10));
    kcat_produce(other, 0, numbered(0, 3));
    const std::string group = unique_name("admin16-goff-g");
    consume_in_group(topic, group, 6);
    consume_in_group(other, group, 2);

    const json saved = kfk_json({"group", "offsets", group});
    CHECK(saved["group"] == group);
    REQUIRE(saved["offsets"].size() == 2);
    const json only = kfk_json({"group", "offsets", group, "--topic", topic});
    CHECK(only == json{{"group", group},
                       {"offsets", {{{"topic", topic}, {"partition", 0}, {"offset", 6}}}}});

    const std::string file = "/tmp/" + unique_name("admin16-offsets") + ".json";
    std::ofstream(file) << only.dump();
    // Move the group on, then put it back from the file.
    consume_in_group(topic, group, 3);
    CHECK(committed(group, topic)[0] == 9);
    const json plan = kfk_json({"group", "reset", group, "--from-file", file});
    CHECK(plan["target"] == "file");
    CHECK(plan["executed"] == false);
    CHECK(committed(group, topic)[0] == 9);
    const json done = kfk_json({"group", "reset", group, "--from-file", file, "--execute"});
    CHECK(done["executed"] == true);
    CHECK(committed(group, topic)[0] == 6);

    // The same file gives a new group the same position.
    const std::string copy = unique_name("admin16-goff-copy");
    kfk_json({"group", "reset", copy, "--from-file", file, "--execute"});
    CHECK(committed(copy, topic)[0] == 6);

    // topic groups: both groups hold offsets for the topic, with their lag.
    const json holders = kfk_json({"topic", "groups", topic});
    std::map<std::string, json> by_name;
    for (const json& g : holders["groups"]) by_name[g["name"].get<std::string>()] = g;
    REQUIRE(by_name.contains(group));
    REQUIRE(by_name.contains(copy));
    CHECK(by_name[group]["total_lag"] == 4);
    REQUIRE(by_name[group]["topics"].size() == 1);  // only this topic, not `other`
    CHECK(by_name[group]["topics"][0]["topic"] == topic);

    // delete-offsets removes the topic's offsets and keeps the others.
    const json removed = kfk_json({"group", "delete-offsets", group, "--topic", topic});
    CHECK(removed["offsets"].size() == 1);
    CHECK(committed(group, topic).empty());
    CHECK(kfk_json({"group", "offsets", group})["offsets"].size() == 1);
    const auto again = kfk_on_cluster({"group", "delete-offsets", group, "--topic", topic});
    CHECK(again.exit_code == 3);
    const json holders_after = kfk_json({"topic", "groups", topic});
    for (const json& g : holders_after["groups"]) CHECK(g["name"] != group);

    for (const std::string& g : {group, copy}) kfk_on_cluster({"group", "delete", g});
    kfk_on_cluster({"topic", "delete", topic, other, "--yes"});
    std::remove(file.c_str());
}

TEST_CASE("group offsets and topic groups: unknown names exit 3, bad files exit 2") {
    CHECK(kfk_on_cluster({"group", "offsets", unique_name("admin16-nogroup")}).exit_code == 3);
    // A group that does not exist is named as such, not as one without offsets.
    const std::string no_group = unique_name("admin16-nogroup");
    const auto no_offsets =
        kfk_on_cluster({"group", "delete-offsets", no_group, "--topic", "any-topic"});
    CHECK(no_offsets.exit_code == 3);
    CHECK(no_offsets.err.find("no such group: " + no_group) != std::string::npos);
    CHECK(kfk_on_cluster({"topic", "groups", unique_name("admin16-notopic")}).exit_code == 3);
    const std::string file = "/tmp/" + unique_name("admin16-bad") + ".json";
    std::ofstream(file) << R"({"offsets": [{"topic": "t", "partition": 0}]})";
    const auto bad = kfk_on_cluster({"group", "reset", unique_name("g"), "--from-file", file});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.rfind("kfk: read offsets from " + file + ": an entry is not", 0) == 0);
    const auto both = kfk_on_cluster(
        {"group", "reset", "g", "--from-file", file, "--topic", "t", "--to", "earliest"});
    CHECK(both.exit_code == 2);
    std::ofstream(file) << R"({"offsets": [{"topic": ")" << unique_name("admin16-notopic")
                        << R"(", "partition": 0, "offset": 1}]})";
    CHECK(kfk_on_cluster({"group", "reset", unique_name("g"), "--from-file", file}).exit_code == 3);
    std::remove(file.c_str());
}
