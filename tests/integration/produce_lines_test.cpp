// kfk produce of text input: lines, delimiters, keys (-k, -K, --strict) and headers.
// Every test reads back what the broker holds (produce_support.hpp).

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "produce_support.hpp"
#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

TEST_CASE(
    "produce: one message per line (the last without a newline too) with empty lines kept and a "
    "summary on stderr") {
    const std::string topic = create_topic("prod-lines", 1, 2);
    const auto r = produce(topic, {}, "a\n\nb c\nlast");
    require_ok(r);
    CHECK(r.out.empty());
    CHECK(contains(r.err, "delivered 4 messages"));
    CHECK(contains(r.err, "to " + topic));

    const auto records = consume_jsonl(topic);
    CHECK(values_of(records) == std::vector<std::string>{"a", "", "b c", "last"});
    CHECK(values_of(records, "key") == std::vector<std::string>(4, "<null>"));
    const auto kcat = kcat_consume(topic);
    CHECK(values_of(kcat, "payload") == std::vector<std::string>{"a", "", "b c", "last"});

    // --skip-empty counts what it skipped; -q drops the summary.
    const auto skipped = produce(topic, {"--skip-empty"}, "x\n\n\ny\n");
    require_ok(skipped);
    CHECK(contains(skipped.err, "delivered 2 messages"));
    CHECK(contains(skipped.err, "2 empty lines skipped"));
    const auto quiet = produce(topic, {"-q"}, "z\n");
    require_ok(quiet);
    CHECK(quiet.err.empty());
    CHECK(values_of(consume_jsonl(topic)) ==
          std::vector<std::string>{"a", "", "b c", "last", "x", "y", "z"});
}

TEST_CASE("produce -f FILE -D '\\0': records may hold newlines") {
    const std::string topic = create_topic("prod-file", 1, 1);
    char path[] = "/tmp/kfk-produce-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    const std::string data("one\nline\0two\0\0three", 19);
    REQUIRE(write(fd, data.data(), data.size()) == static_cast<ssize_t>(data.size()));
    close(fd);
    const auto r = kfk_on_cluster({"produce", topic, "-f", path, "-D", "\\0"});
    std::remove(path);
    require_ok(r);
    CHECK(contains(r.err, "delivered 4 messages"));
    CHECK(values_of(consume_jsonl(topic)) ==
          std::vector<std::string>{"one\nline", "two", "", "three"});
    CHECK(values_of(kcat_consume(topic), "payload") ==
          std::vector<std::string>{"one\nline", "two", "", "three"});

    const auto missing = kfk_on_cluster({"produce", topic, "-f", "/nonexistent/kfk-input"});
    CHECK(missing.exit_code == 1);
    CHECK(contains(missing.err, "/nonexistent/kfk-input"));
}

TEST_CASE(
    "produce -K splits key and value while -k sets one key and -H headers keep order and "
    "duplicates") {
    const std::string topic = create_topic("prod-keys", 1, 2);
    require_ok(produce(topic, {"-K", ":", "-H", "h=1", "-H", "h=2", "-H", "eq=a=b"},
                       "k1:v1\nk2:v:2\nnokey\n"));
    require_ok(produce(topic, {"-k", "fixed"}, "x\ny\n"));

    const auto records = consume_jsonl(topic);
    REQUIRE(records.size() == 5);
    CHECK(values_of(records, "key") ==
          std::vector<std::string>{"k1", "k2", "<null>", "fixed", "fixed"});
    CHECK(values_of(records) == std::vector<std::string>{"v1", "v:2", "nokey", "x", "y"});
    const json headers = json::parse(
        R"([{"key":"h","value":"1"},{"key":"h","value":"2"},{"key":"eq","value":"a=b"}])");
    for (int i = 0; i < 3; ++i) CHECK(records[i]["headers"] == headers);
    CHECK(records[3]["headers"] == json::array());

    const auto kcat = kcat_consume(topic);
    REQUIRE(kcat.size() == 5);
    CHECK(values_of(kcat, "key") ==
          std::vector<std::string>{"k1", "k2", "<null>", "fixed", "fixed"});
    using Headers = std::vector<std::pair<std::string, std::string>>;
    CHECK(kcat_headers(kcat[1]) == Headers{{"h", "1"}, {"h", "2"}, {"eq", "a=b"}});
    CHECK(kcat_headers(kcat[4]).empty());
}

TEST_CASE(
    "produce -K --strict: a line without the delimiter exits 2 naming it (the lines before are "
    "delivered)") {
    const std::string topic = create_topic("prod-strict", 1, 1);
    const auto r = produce(topic, {"-K", ":", "--strict"}, "k1:v1\nk2:v2\nno delimiter\nk4:v4\n");
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "line 3"));
    CHECK(contains(r.err, "--strict"));
    CHECK(contains(r.err, "delivered 2 messages"));
    CHECK(values_of(consume_jsonl(topic)) == std::vector<std::string>{"v1", "v2"});

    // Flag misuse is a usage error before anything is sent.
    for (const std::vector<std::string>& bad : {std::vector<std::string>{"-k", "a", "-K", ":"},
                                                {"--strict"},
                                                {"--input", "json", "-K", ":"},
                                                {"--skip-invalid"},
                                                {"-D", ""},
                                                {"-D", "\\q"},
                                                {"--acks", "2"},
                                                {"--compression", "brotli"},
                                                {"--rate", "0"},
                                                {"-H", "novalue"},
                                                {"--input", "xml"}}) {
        CAPTURE(bad[0]);
        const auto u = produce(topic, bad, "x\n");
        CHECK(u.exit_code == 2);
        CHECK(std::count(u.err.begin(), u.err.end(), '\n') == 1);
    }
    CHECK(consume_jsonl(topic).size() == 2);
}
