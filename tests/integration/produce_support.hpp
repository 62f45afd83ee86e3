#pragma once
// Helpers of the produce integration tests (produce_*_test.cpp): every test reads back
// what the broker holds, with `kfk consume -o jsonl` and with kcat -C -J (an independent
// consumer), or from the log segments themselves.

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "support/kafka_tools.hpp"

namespace kfk::test {

bool contains(const std::string& text, const std::string& part);

// kfk produce TOPIC ARGS... with `input` on stdin.
ProcessResult produce(const std::string& topic, const std::vector<std::string>& args,
                      const std::string& input, ProcessOptions options = {});

void require_ok(const ProcessResult& r);

// Orders records as the broker holds them: by partition, then offset.
void by_position(std::vector<nlohmann::json>& records);

// What kfk consume -o jsonl reads from the whole topic.
std::vector<nlohmann::json> consume_jsonl(const std::string& topic);

// kcat -J writes key, payload and header bytes into its JSON strings as they are;
// escape_high_bytes() makes such a line parse, decode_bytes() gives the bytes back.
std::string escape_high_bytes(const std::string& line);
std::string decode_bytes(const std::string& text);

// What kcat -C -J reads: {partition, offset, tstype, ts, broker, key, payload,
// headers: [k, v, ...]}, with key, payload and headers decoded to their bytes.
std::vector<nlohmann::json> kcat_consume(const std::string& topic);

std::vector<std::string> values_of(const std::vector<nlohmann::json>& records,
                                   const char* field = "value");

// kcat's flat header list ["k1", "v1", "k2", "v2"] as {key, value} pairs.
std::vector<std::pair<std::string, std::string>> kcat_headers(const nlohmann::json& record);

std::string numbered_lines(int from, int to, const std::string& prefix = "m");

// A Java hash mapped the way Java's partitioner maps it.
int java_partition_of(std::int32_t java_hash, int partitions);

// `bytes` in base64, written here rather than with kfk's codec.
std::string b64(const std::string& bytes);

// The lossless copy's source records.
std::string source_key(int i);
std::optional<std::string> source_value(int i);

// A record batch as the broker stored it (Kafka's DumpLogSegments tool): how many
// records, the idempotent producer id (-1: none) and the compression codec.
struct Batch {
    long long count = 0;
    long long producer_id = -1;
    std::string codec;
};

// The batches of each "TOPIC-PARTITION" in `logs`, from the replica holding the most.
std::map<std::string, std::vector<Batch>> stored_batches(const std::vector<std::string>& logs);

long long records_in(const std::vector<Batch>& batches);

// consume -o jsonl FROM | produce --input json TO, as a user would type it.
ProcessResult copy_topic(const std::string& from, const std::string& to);

}  // namespace kfk::test
