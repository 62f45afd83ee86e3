// Helpers of the produce integration tests: run produce, read back what the broker
// holds (kfk consume -o jsonl, kcat -C -J, the log segments), and test data.

#include "produce_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/local_cluster.hpp"

using nlohmann::json;

namespace kfk::test {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// kfk produce TOPIC ARGS... with `input` on stdin.
ProcessResult produce(const std::string& topic, const std::vector<std::string>& args,
                      const std::string& input, ProcessOptions options) {
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

std::vector<std::string> values_of(const std::vector<json>& records, const char* field) {
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

std::string numbered_lines(int from, int to, const std::string& prefix) {
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

}  // namespace kfk::test
