// kfk produce against the real cluster. Every test reads back what the broker holds,
// with `kfk consume -o jsonl` and with kcat -C -J (an independent consumer).

#include <doctest/doctest.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "support/kafka_tools.hpp"
#include "support/local_cluster.hpp"
#include "support/timing.hpp"

using namespace kfk::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// kfk produce TOPIC ARGS... with `input` on stdin.
ProcessResult produce(const std::string& topic, const std::vector<std::string>& args,
                      const std::string& input, ProcessOptions options = {}) {
    std::vector<std::string> all{"produce", topic};
    all.insert(all.end(), args.begin(), args.end());
    options.stdin_data = input;
    return kfk_on_cluster(all, options);
}

void require_ok(const ProcessResult& r) {
    REQUIRE_MESSAGE(r.exit_code == 0, "exit " << r.exit_code << ": " << r.err);
}

// Orders records as the broker holds them: by partition, then offset.
void by_position(std::vector<json>& records) {
    std::sort(records.begin(), records.end(), [](const json& a, const json& b) {
        return std::pair{a["partition"].get<int>(), a["offset"].get<long long>()} <
               std::pair{b["partition"].get<int>(), b["offset"].get<long long>()};
    });
}

// What kfk consume -o jsonl reads from the whole topic.
std::vector<json> consume_jsonl(const std::string& topic) {
    const auto r =
        kfk_on_cluster({"consume", topic, "--from", "beginning", "-e", "-q", "-o", "jsonl"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::vector<json> out;
    for (const std::string& line : lines_of(r.out)) out.push_back(json::parse(line));
    by_position(out);
    return out;
}

// kcat -J writes key, payload and header bytes into its JSON strings as they are, also
// when they are not UTF-8. Each byte from 0x80 becomes \u00XX here so that the line
// parses; decode_bytes() turns such a string back into the bytes.
std::string escape_high_bytes(const std::string& line) {
    std::string out;
    for (const char c : line) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80) {
            out += c;
        } else {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", b);
            out += escape;
        }
    }
    return out;
}

std::string decode_bytes(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            out += text[i];
        } else {  // U+0080..U+00FF: two bytes, 110000xx 10xxxxxx
            out +=
                static_cast<char>((b & 0x03) << 6 | (static_cast<unsigned char>(text[++i]) & 0x3f));
        }
    }
    return out;
}

// What kcat -C -J reads: {partition, offset, tstype, ts, broker, key, payload,
// headers: [k, v, ...]}, with key, payload and headers decoded to their bytes.
std::vector<json> kcat_consume(const std::string& topic) {
    const auto r = run_process({"kcat", "-C", "-J", "-b", local_cluster().bootstrap, "-t", topic,
                                "-o", "beginning", "-e", "-q"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::vector<json> out;
    for (const std::string& line : lines_of(r.out)) {
        json m = json::parse(escape_high_bytes(line));
        for (const char* field : {"key", "payload"}) {
            if (m[field].is_string()) m[field] = decode_bytes(m[field].get<std::string>());
        }
        if (m.contains("headers")) {
            for (json& h : m["headers"]) {
                if (h.is_string()) h = decode_bytes(h.get<std::string>());
            }
        }
        out.push_back(std::move(m));
    }
    by_position(out);
    return out;
}

std::vector<std::string> values_of(const std::vector<json>& records, const char* field = "value") {
    std::vector<std::string> out;
    for (const json& r : records)
        out.push_back(r[field].is_null() ? "<null>" : r[field].get<std::string>());
    return out;
}

// kcat's flat header list ["k1", "v1", "k2", "v2"] as {key, value} pairs.
std::vector<std::pair<std::string, std::string>> kcat_headers(const json& record) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!record.contains("headers")) return out;
    const json& h = record["headers"];
    for (std::size_t i = 0; i + 1 < h.size(); i += 2) {
        out.emplace_back(h[i].get<std::string>(),
                         h[i + 1].is_null() ? "<null>" : h[i + 1].get<std::string>());
    }
    return out;
}

std::string numbered_lines(int from, int to, const std::string& prefix = "m") {
    std::string out;
    for (int i = from; i < to; ++i) out += prefix + std::to_string(i) + "\n";
    return out;
}

// A Java hash (from Apache Kafka's UtilsTest and a Java program's output, as in
// tests/unit/murmur2_test.cpp) mapped the way Java's partitioner maps it.
int java_partition_of(std::int32_t java_hash, int partitions) {
    return static_cast<int>((static_cast<std::uint32_t>(java_hash) & 0x7fffffffu) %
                            static_cast<std::uint32_t>(partitions));
}

// `bytes` in base64, written here rather than with kfk's codec.
std::string b64(const std::string& bytes) {
    static const char* alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t group = 0;
        for (std::size_t j = 0; j < 3; ++j)
            group = group << 8 | (j < n ? static_cast<unsigned char>(bytes[i + j]) : 0u);
        for (std::size_t j = 0; j < 4; ++j)
            out += j <= n ? alphabet[(group >> (18 - 6 * j)) & 63] : '=';
    }
    return out;
}

// The lossless copy's source records: keys binary for even i, values binary for even
// i, null for i % 10 == 9 and empty for i % 10 == 5.
std::string source_key(int i) {
    std::string key = "k" + std::to_string(i);
    if (i % 2 == 0) key += "\xfe";
    return key;
}

std::optional<std::string> source_value(int i) {
    if (i % 10 == 9) return std::nullopt;
    if (i % 10 == 5) return std::string();
    if (i % 2 == 0) {
        std::string value(static_cast<std::size_t>(i % 7) * 3, static_cast<char>(0x80 + i));
        return value + std::string("\0\xff", 2) + std::to_string(i);
    }
    return "text \x01\t\"" + std::to_string(i) + "\" é";
}

// A record batch as the broker stored it, read from its log segment by Apache Kafka's
// own DumpLogSegments tool (the broker jars of the local cluster): how many records,
// the idempotent producer id (-1: none) and the compression codec.
struct Batch {
    long long count = 0;
    long long producer_id = -1;
    std::string codec;
};

// The batches of each "TOPIC-PARTITION" in `logs`, from the replica holding the most
// records (a follower may lag a moment behind).
std::map<std::string, std::vector<Batch>> stored_batches(const std::vector<std::string>& logs) {
    namespace fs = std::filesystem;
    const ProcessResult info = run_process({KFK_SOURCE_DIR "/scripts/cluster", "info"});
    REQUIRE(info.exit_code == 0);
    const fs::path cluster_dir = json::parse(info.out).at("dir").get<std::string>();
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const fs::path cache = xdg && *xdg ? fs::path(xdg) : fs::path(std::getenv("HOME")) / ".cache";
    const fs::path libs = cache / "kfk" / ("kafka-" + local_cluster().kafka_version) / "libs";

    std::string files;
    std::map<std::string, std::string> log_of_file;  // segment file -> "TOPIC-PARTITION"
    for (const auto& node : fs::directory_iterator(cluster_dir)) {
        for (const std::string& log : logs) {
            const fs::path dir = node.path() / "data" / log;
            if (!fs::is_directory(dir)) continue;
            for (const auto& file : fs::directory_iterator(dir)) {
                if (file.path().extension() != ".log") continue;
                files += (files.empty() ? "" : ",") + file.path().string();
                log_of_file[file.path().string()] = log;
            }
        }
    }
    REQUIRE_MESSAGE(!files.empty(), "no log segments found under " << cluster_dir);
    const ProcessResult dump = run_process(
        {"java", "-cp", (libs / "*").string(), "kafka.tools.DumpLogSegments", "--files", files});
    REQUIRE_MESSAGE(dump.exit_code == 0, dump.err);

    // Per replica (segment file's directory): its batches.
    std::map<std::string, std::vector<Batch>> by_replica;
    std::map<std::string, std::string> log_of_replica;
    std::string replica;
    auto field = [](const std::string& line, const std::string& name) {
        const auto at = line.find(" " + name + ": ");
        if (at == std::string::npos) return std::string();
        const auto start = at + name.size() + 3;
        return line.substr(start, line.find(' ', start) - start);
    };
    for (const std::string& line : lines_of(dump.out)) {
        if (line.rfind("Dumping ", 0) == 0) {
            const std::string file = line.substr(8);
            replica = fs::path(file).parent_path().string();
            log_of_replica[replica] = log_of_file[file];
            by_replica[replica];
        } else if (line.rfind("baseOffset: ", 0) == 0) {
            Batch b;
            b.count = std::stoll(field(line, "count"));
            b.producer_id = std::stoll(field(line, "producerId"));
            b.codec = field(line, "compresscodec");
            by_replica[replica].push_back(b);
        }
    }
    std::map<std::string, std::vector<Batch>> out;
    std::map<std::string, long long> best;
    for (const auto& [dir, batches] : by_replica) {
        long long records = 0;
        for (const Batch& b : batches) records += b.count;
        const std::string& log = log_of_replica[dir];
        if (!best.count(log) || records > best[log]) {
            best[log] = records;
            out[log] = batches;
        }
    }
    return out;
}

long long records_in(const std::vector<Batch>& batches) {
    long long n = 0;
    for (const Batch& b : batches) n += b.count;
    return n;
}

// consume -o jsonl FROM | produce --input json TO, as a user would type it.
ProcessResult copy_topic(const std::string& from, const std::string& to) {
    ProcessOptions options;
    options.env = {{"B", local_cluster().bootstrap}, {"KFK", KFK_BINARY}};
    return run_process(
        {"bash", "-o", "pipefail", "-c",
         "$KFK -b $B consume " + from + " --from beginning -e -q -o jsonl | $KFK -b $B produce " +
             to + " --input json -q"},
        options);
}

}  // namespace

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

TEST_CASE(
    "produce: keyed messages land on the Java client's partition and kfk partitions key agrees") {
    const int partitions = 6;
    const std::string topic = create_topic("prod-murmur", partitions, 2);
    // Keys whose Java hashes are known (Kafka's UtilsTest; a Java program's output).
    const std::vector<std::pair<std::string, std::int32_t>> known{
        {"21", -973932308},
        {"foobar", -790332482},
        {"a-little-bit-long-string", -985981536},
        {"abc", 479470107},
        {"0", 971027396},
        {"1", -1993445489},
        {"128", -326012175},
        {"2187", -1508407203},
        {"16384", -325739742},
        {"78125", -1654490814},
        {"279936", 1462227128},
        {"823543", -2014198330},
        {"10000000", -1830336757},
        {"100:48069", 1009543857}};
    std::string input;
    std::vector<std::string> keys;
    for (const auto& [key, hash] : known) {
        input += key + "\t" + key + "\n";
        keys.push_back(key);
    }
    for (int i = 0; i < 200; ++i) {
        const std::string key = "user-" + std::to_string(i * 7919);
        input += key + "\t" + key + "\n";
        keys.push_back(key);
    }
    require_ok(produce(topic, {"-K", "\\t"}, input));

    std::map<std::string, int> landed;
    for (const json& r : consume_jsonl(topic)) {
        CHECK(r["key"] == r["value"]);
        landed[r["key"].get<std::string>()] = r["partition"].get<int>();
    }
    REQUIRE(landed.size() == keys.size());
    std::set<int> used;
    for (const auto& [key, hash] : known) {
        CAPTURE(key);
        CHECK(landed[key] == java_partition_of(hash, partitions));
    }
    for (const auto& [key, partition] : landed) used.insert(partition);
    CHECK(used.size() == partitions);  // keys do spread

    // kcat sees the same placement.
    for (const json& r : kcat_consume(topic))
        CHECK(landed[r["key"].get<std::string>()] == r["partition"].get<int>());

    // kfk partitions key computes without producing: it must agree with every placement.
    std::vector<std::string> args{"partitions", "key", topic};
    args.insert(args.end(), keys.begin(), keys.end());
    const json mapped = kfk_json(args);
    CHECK(mapped["partition_count"] == partitions);
    REQUIRE(mapped["keys"].size() == keys.size());
    for (const json& k : mapped["keys"]) {
        CAPTURE(k["key"]);
        CHECK(k["partition"].get<int>() == landed[k["key"].get<std::string>()]);
    }
    const auto table = kfk_on_cluster({"partitions", "key", topic, "abc"});
    require_ok(table);
    CHECK(contains(table.out, std::to_string(java_partition_of(479470107, partitions))));
    CHECK(kfk_on_cluster({"partitions", "key", "prod-no-such-topic", "k"}).exit_code == 3);
}

TEST_CASE("produce: messages with the same key stay in order on one partition") {
    const std::string topic = create_topic("prod-order", 4, 2);
    std::string input;
    const int per_key = 2000;
    for (int i = 0; i < per_key; ++i) {
        for (const char* key : {"alpha", "beta", "gamma", "delta"})
            input += std::string(key) + ":" + std::to_string(i) + "\n";
    }
    const auto r = produce(topic, {"-K", ":"}, input);
    require_ok(r);
    CHECK(contains(r.err, "delivered 8000 messages"));
    std::map<std::string, std::vector<int>> sequence;
    std::map<std::string, std::set<int>> partitions;
    for (const json& m : consume_jsonl(topic)) {
        sequence[m["key"].get<std::string>()].push_back(std::stoi(m["value"].get<std::string>()));
        partitions[m["key"].get<std::string>()].insert(m["partition"].get<int>());
    }
    REQUIRE(sequence.size() == 4);
    std::vector<int> expected(per_key);
    for (int i = 0; i < per_key; ++i) expected[i] = i;
    for (const auto& [key, values] : sequence) {
        CAPTURE(key);
        CHECK(values == expected);
        CHECK(partitions[key].size() == 1);
    }
}

TEST_CASE(
    "produce -p sends every message to that partition and a missing partition or topic exits 3 "
    "before sending") {
    const std::string topic = create_topic("prod-partition", 3, 2);
    require_ok(produce(topic, {"-p", "2", "-K", ":"}, "a:1\nb:2\nc:3\n"));
    const auto records = consume_jsonl(topic);
    REQUIRE(records.size() == 3);
    for (const json& m : records) CHECK(m["partition"] == 2);
    const auto kcat = kcat_consume(topic);
    REQUIRE(kcat.size() == 3);
    for (const json& m : kcat) CHECK(m["partition"] == 2);

    const auto missing = produce(topic, {"-p", "3"}, "x\n");
    CHECK(missing.exit_code == 3);
    CHECK(contains(missing.err, "partition 3 does not exist"));
    CHECK_FALSE(contains(missing.err, "delivered"));
    const auto no_topic = produce("prod-no-such-topic", {}, "x\n");
    CHECK(no_topic.exit_code == 3);
    CHECK(contains(no_topic.err, "topic does not exist"));
    CHECK(consume_jsonl(topic).size() == 3);
}

TEST_CASE("produce --input json: binary keys and values and headers and timestamps survive") {
    const std::string topic = create_topic("prod-json", 3, 2);
    const std::string input =
        R"({"key":"AP8Q","key_encoding":"base64","value":"/wABAgM=","value_encoding":"base64","timestamp":1600000000001,"partition":1,)"
        R"("headers":[{"key":"h","value":"1"},{"key":"h","value":"1"},{"key":"n","value":null},{"key":"b","value":"gA==","value_encoding":"base64"}]})"
        "\n"
        R"({"key":null,"value":null,"partition":0,"timestamp":1600000000002})"
        "\n\n"
        R"({"key":"text","value":"héllo \"world\"","partition":2,"headers":[]})"
        "\n"
        R"({"value":"plain"})";
    const auto r = produce(topic, {"--input", "json"}, input);
    require_ok(r);
    CHECK(contains(r.err, "delivered 4 messages"));

    const auto records = consume_jsonl(topic);
    REQUIRE(records.size() == 4);
    std::map<std::string, json> by_value;
    for (const json& m : records)
        by_value[m["value"].is_null() ? "<null>" : m["value"].get<std::string>()] = m;
    const json& binary = by_value["/wABAgM="];
    CHECK(binary["partition"] == 1);
    CHECK(binary["value_encoding"] == "base64");
    CHECK(binary["key"] == "AP8Q");
    CHECK(binary["key_encoding"] == "base64");
    CHECK(binary["timestamp"] == 1600000000001);
    CHECK(binary["timestamp_type"] == "create_time");
    CHECK(
        binary["headers"] ==
        json::parse(R"([{"key":"h","value":"1"},{"key":"h","value":"1"},{"key":"n","value":null},)"
                    R"({"key":"b","value":"gA==","value_encoding":"base64"}])"));
    const json& tombstone = by_value["<null>"];
    CHECK(tombstone["partition"] == 0);
    CHECK(tombstone["key"].is_null());
    CHECK(tombstone["timestamp"] == 1600000000002);
    CHECK(by_value["héllo \"world\""]["partition"] == 2);
    CHECK(by_value["héllo \"world\""]["key"] == "text");
    CHECK(by_value.count("plain") == 1);

    // kcat, independently: the timestamps, the text record and the headers.
    const auto kcat = kcat_consume(topic);
    REQUIRE(kcat.size() == 4);
    std::set<long long> timestamps;
    for (const json& m : kcat) timestamps.insert(m["ts"].get<long long>());
    CHECK(timestamps.count(1600000000001) == 1);
    CHECK(timestamps.count(1600000000002) == 1);
    int text_records = 0, binary_records = 0;
    for (const json& m : kcat) {
        // By payload, not by partition: the keyless "plain" record may land on 2 as well.
        if (m["payload"] == "héllo \"world\"") {
            ++text_records;
            CHECK(m["partition"] == 2);
            CHECK(m["key"] == "text");
        }
        if (m["ts"] == 1600000000001) {
            ++binary_records;
            CHECK(m["partition"] == 1);
            CHECK(m["key"] == std::string("\x00\xff\x10", 3));
            CHECK(m["payload"] == std::string("\xff\x00\x01\x02\x03", 5));
            REQUIRE(kcat_headers(m).size() == 4);
            CHECK(kcat_headers(m)[3] == std::pair<std::string, std::string>{"b", "\x80"});
            CHECK(kcat_headers(m)[0] == std::pair<std::string, std::string>{"h", "1"});
            CHECK(kcat_headers(m)[1] == std::pair<std::string, std::string>{"h", "1"});
            CHECK(kcat_headers(m)[2].first == "n");
            CHECK(kcat_headers(m)[2].second == "<null>");
        }
    }
    CHECK(text_records == 1);  // both were checked above, not skipped
    CHECK(binary_records == 1);
}

TEST_CASE(
    "produce --input json: an invalid line exits 2 with its line number and --skip-invalid counts "
    "and goes on") {
    const std::string topic = create_topic("prod-json-bad", 1, 1);
    const std::string input =
        "{\"value\":\"a\"}\n{\"value\":\"b\"}\n{\"value\": nope}\n{\"value\":\"d\"}\n[1]\n";
    const auto r = produce(topic, {"--input", "json"}, input);
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "line 3"));
    CHECK(contains(r.err, "invalid JSON"));
    CHECK(values_of(consume_jsonl(topic)) == std::vector<std::string>{"a", "b"});

    const auto skipped = produce(topic, {"--input", "json", "--skip-invalid"}, input);
    require_ok(skipped);
    CHECK(contains(skipped.err, "delivered 3 messages"));
    CHECK(contains(skipped.err, "2 invalid lines skipped"));
    CHECK(contains(skipped.err, "line 3: invalid JSON"));
    CHECK(contains(skipped.err, "line 5: expected a JSON object"));
    CHECK(values_of(consume_jsonl(topic)) == std::vector<std::string>{"a", "b", "a", "b", "d"});
}

TEST_CASE(
    "produce --sync -v acknowledges each message with the partition and offset the broker holds") {
    const std::string topic = create_topic("prod-sync", 2, 2);
    const auto r = produce(topic, {"--sync", "-v", "-K", ":"}, "a:1\nb:2\nc:3\nd:4\ne:5\n");
    require_ok(r);
    std::map<std::string, std::pair<int, long long>> held;
    for (const json& m : consume_jsonl(topic))
        held[m["value"]] = {m["partition"].get<int>(), m["offset"].get<long long>()};
    REQUIRE(held.size() == 5);
    int acks = 0;
    for (int line = 1; line <= 5; ++line) {
        const auto [partition, offset] = held[std::to_string(line)];
        CAPTURE(line);
        CHECK(contains(r.err, "line " + std::to_string(line) + ": partition " +
                                  std::to_string(partition) + " offset " + std::to_string(offset) +
                                  "\n"));
        ++acks;
    }
    CHECK(acks == 5);

    // On the broker: one batch per message, nothing was waiting to be batched.
    const auto batches = stored_batches({topic + "-0", topic + "-1"});
    long long records = 0;
    for (const auto& [log, list] : batches) {
        for (const Batch& b : list) CHECK(b.count == 1);
        records += records_in(list);
    }
    CHECK(records == 5);
}

TEST_CASE(
    "produce --acks 0|1|all and --compression: every message held and compressed and idempotent "
    "only with acks=all") {
    const std::vector<std::string> codecs{"none", "gzip", "snappy", "lz4", "zstd"};
    std::map<std::string, std::string> topic_of;
    std::vector<std::string> logs;
    for (const std::string& codec : codecs) {
        topic_of[codec] = create_topic("prod-codec", 1, 2);
        logs.push_back(topic_of[codec] + "-0");
        const auto r =
            produce(topic_of[codec], {"--compression", codec}, numbered_lines(0, 500, codec));
        require_ok(r);
        CHECK(contains(r.err, "delivered 500 messages"));
    }
    const std::string none = create_topic("prod-acks0", 1, 2);
    const auto fire = produce(none, {"--acks", "0"}, numbered_lines(0, 100, "n"));
    require_ok(fire);
    CHECK(contains(fire.err, "fire-and-forget"));
    CHECK(contains(fire.err, "sent 100 messages"));
    CHECK(contains(fire.err, "not acknowledged"));
    const std::string leader = create_topic("prod-acks1", 1, 2);
    const auto one = produce(leader, {"--acks", "1"}, numbered_lines(0, 100, "l"));
    require_ok(one);
    CHECK(contains(one.err, "delivered 100 messages"));
    logs.push_back(none + "-0");
    logs.push_back(leader + "-0");

    for (const std::string& codec : codecs) {
        CAPTURE(codec);
        const auto held = values_of(consume_jsonl(topic_of[codec]));
        CHECK(held.size() == 500);
        CHECK(held.back() == codec + "499");
        CHECK(kcat_consume(topic_of[codec]).size() == 500);
    }
    CHECK(consume_jsonl(none).size() == 100);
    CHECK(consume_jsonl(leader).size() == 100);

    const auto batches = stored_batches(logs);
    for (const std::string& codec : codecs) {
        CAPTURE(codec);
        const auto& list = batches.at(topic_of[codec] + "-0");
        CHECK(records_in(list) == 500);
        for (const Batch& b : list) {
            CHECK(b.codec == codec);
            CHECK(b.producer_id >= 0);  // acks=all (the default): idempotent
        }
    }
    // Not idempotent with acks 0 or 1; every record is in a batch that says so.
    CHECK(records_in(batches.at(none + "-0")) == 100);
    CHECK(records_in(batches.at(leader + "-0")) == 100);
    for (const Batch& b : batches.at(none + "-0")) CHECK(b.producer_id == -1);
    for (const Batch& b : batches.at(leader + "-0")) CHECK(b.producer_id == -1);
}

TEST_CASE("produce of many lines: every one delivered and batched (async)") {
    const std::string topic = create_topic("prod-many", 3, 2);
    const auto r = produce(topic, {"-q"}, numbered_lines(0, 50000));
    require_ok(r);
    const auto held = consume_jsonl(topic);
    CHECK(held.size() == 50000);
    std::set<std::string> distinct;
    for (const json& m : held) distinct.insert(m["value"].get<std::string>());
    CHECK(distinct.size() == 50000);
    CHECK(kcat_consume(topic).size() == 50000);

    // Batched: far fewer batches than messages; idempotent (acks=all by default).
    const auto batches = stored_batches({topic + "-0", topic + "-1", topic + "-2"});
    long long records = 0, count = 0;
    for (const auto& [log, list] : batches) {
        records += records_in(list);
        count += static_cast<long long>(list.size());
        for (const Batch& b : list) CHECK(b.producer_id >= 0);
    }
    CHECK(records == 50000);
    CHECK(count * 20 < records);
}

TEST_CASE("produce --rate N paces the messages") {
    const std::string topic = create_topic("prod-rate", 1, 1);
    const auto r = produce(topic, {"--rate", "20"}, numbered_lines(0, 21));
    require_ok(r);
    // 21 messages at 20/s: the last leaves after 1 s. A lower bound: a slow machine
    // only makes it longer.
    CHECK(r.elapsed >= 950ms);
    CHECK(consume_jsonl(topic).size() == 21);
}

TEST_CASE(
    "produce: a message over the topic's max.message.bytes fails naming its line while the others "
    "are delivered") {
    const std::string topic = create_topic("prod-oversize", 1, 2, {"-c", "max.message.bytes=1000"});
    const std::string big(5000, 'B');
    const std::string input = "small1\nsmall2\n" + big + "\nsmall4\nsmall5\n";
    const auto r = produce(topic, {}, input);
    CHECK(r.exit_code == 5);
    CHECK(contains(r.err, "delivered 4 messages"));
    CHECK(contains(r.err, "1 failed"));
    CHECK(contains(
        r.err,
        "1 of 5 messages not delivered (line 3): larger than the topic's max.message.bytes"));
    CHECK(values_of(consume_jsonl(topic)) ==
          std::vector<std::string>{"small1", "small2", "small4", "small5"});
    CHECK(values_of(kcat_consume(topic), "payload") ==
          std::vector<std::string>{"small1", "small2", "small4", "small5"});
}

TEST_CASE(
    "produce to an unreachable cluster exits 6 within --timeout and reports nothing delivered") {
    ProcessOptions options;
    options.stdin_data = "a\nb\n";
    const auto r =
        run_kfk({"-b", "127.0.0.1:1", "--timeout", "2s", "produce", "prod-unreachable"}, options);
    CHECK(r.exit_code == 6);
    const auto timing = within_deadline(r, 2s);
    CHECK_MESSAGE(timing.ok, timing.detail);
    CHECK_FALSE(contains(r.err, "delivered"));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("produce: SIGINT stops reading and reports the delivered count and exits 130") {
    const std::string topic = create_topic("prod-sigint", 1, 2);
    ProcessOptions options;
    options.keep_stdin_open = true;  // no end of input: only the signal ends it
    options.signal = SIGINT;
    options.signal_after_err = "line 5: partition 0 offset 4\n";
    options.limit = 30s;
    // Five lines, then one still being written when the signal comes: not a message.
    const auto r = produce(topic, {"-v"}, numbered_lines(0, 5) + "partial", options);
    CHECK(r.signal_sent);
    CHECK_FALSE(r.killed_at_limit);
    CHECK(r.exit_code == 130);
    CHECK(contains(r.err, "delivered 5 messages"));
    CHECK(contains(r.err, "interrupted"));
    CHECK_FALSE(contains(r.err, "failed"));
    CHECK(values_of(consume_jsonl(topic)) ==
          std::vector<std::string>{"m0", "m1", "m2", "m3", "m4"});
}

TEST_CASE(
    "lossless copy: consume -o jsonl | produce --input json into a topic with as many partitions") {
    const int partitions = 3;
    const std::string source = create_topic("prod-copy-src", partitions, 2);
    const std::string target = create_topic("prod-copy-dst", partitions, 2);

    // The source: binary and text keys and values, null and empty ones, duplicate and
    // null headers, explicit timestamps, spread over every partition.
    std::string input;
    for (int i = 0; i < 60; ++i) {
        json m;
        m["partition"] = i % partitions;
        m["timestamp"] = 1500000000000LL + i * 1000;
        const std::string key = source_key(i);
        if (i % 2 == 0) {
            m["key"] = b64(key);
            m["key_encoding"] = "base64";
        } else {
            m["key"] = key;
        }
        const std::optional<std::string> value = source_value(i);
        if (!value) {
            m["value"] = nullptr;
        } else if (i % 2 == 0) {
            m["value"] = b64(*value);
            m["value_encoding"] = "base64";
        } else {
            m["value"] = *value;  // nlohmann escapes the control bytes; valid UTF-8 only
        }
        m["headers"] = json::array({{{"key", "dup"}, {"value", "1"}},
                                    {{"key", "dup"}, {"value", "1"}},
                                    {{"key", "null"}, {"value", nullptr}},
                                    {{"key", "bin"},
                                     {"value", b64(std::string("\x01\xff", 2))},
                                     {"value_encoding", "base64"}},
                                    {{"key", "n"}, {"value", std::to_string(i)}}});
        input += m.dump() + "\n";
    }
    require_ok(produce(source, {"--input", "json", "-q"}, input));

    // The source as kcat reads it: timestamps and headers are what was asked for.
    const auto kcat_source = kcat_consume(source);
    REQUIRE(kcat_source.size() == 60);
    for (const json& m : kcat_source) {
        const auto headers = kcat_headers(m);
        REQUIRE(headers.size() == 5);
        const int i = std::stoi(headers[4].second);
        CAPTURE(i);
        CHECK(m["partition"] == i % partitions);
        CHECK(m["ts"] == 1500000000000LL + i * 1000);
        CHECK(headers[0] == std::pair<std::string, std::string>{"dup", "1"});
        CHECK(headers[1] == std::pair<std::string, std::string>{"dup", "1"});
        CHECK(headers[2].second == "<null>");
        CHECK(headers[3] == std::pair<std::string, std::string>{"bin", "\x01\xff"});
        CHECK(m["key"] == source_key(i));
        if (source_value(i)) {
            CHECK(m["payload"] == *source_value(i));
        } else {
            CHECK(m["payload"].is_null());
        }
    }

    // The copy.
    const auto copied = copy_topic(source, target);
    require_ok(copied);

    auto strip = [](std::vector<json> records) {
        for (json& m : records) {
            m.erase("topic");
            m.erase("offset");
        }
        return records;
    };
    const auto before = consume_jsonl(source);
    const auto after = consume_jsonl(target);
    REQUIRE(before.size() == 60);
    CHECK(strip(before) == strip(after));
    CHECK(before[0]["key_encoding"] == "base64");  // the binary path was exercised

    auto strip_kcat = [](std::vector<json> records) {
        for (json& m : records) {
            m.erase("topic");
            m.erase("offset");
            m.erase("broker");
        }
        return records;
    };
    CHECK(strip_kcat(kcat_source) == strip_kcat(kcat_consume(target)));
}

TEST_CASE(
    "produce: a JSON record for a partition the topic does not have fails naming its line (exit "
    "5)") {
    const std::string topic = create_topic("prod-json-partition", 2, 1);
    const auto r =
        produce(topic, {"--input", "json"},
                "{\"value\":\"a\",\"partition\":1}\n{\"value\":\"b\",\"partition\":7}\n");
    CHECK(r.exit_code == 5);
    CHECK(contains(r.err, "1 of 2 messages not delivered (line 2): partition does not exist"));
    CHECK(values_of(consume_jsonl(topic)) == std::vector<std::string>{"a"});
}
