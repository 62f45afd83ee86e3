// kfk produce's input side, no network: delimiters as typed, splitting a byte stream into
// records, text records with keys, JSON records (what consume -o jsonl writes), the
// line numbers in errors, the flag checks of plan_produce, and the failure report.

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <sstream>
#include <string>
#include <vector>

#include "kfk/codec/record_json.hpp"
#include "kfk/consume/message_json.hpp"
#include "kfk/error.hpp"
#include "kfk/produce/byte_source.hpp"
#include "kfk/produce/delimited_reader.hpp"
#include "kfk/produce/delimiter.hpp"
#include "kfk/produce/delivery_tally.hpp"
#include "kfk/produce/produce_report.hpp"
#include "kfk/produce/record_source.hpp"
#include "produce/produce_options.hpp"

using kfk::Record;

namespace {

// Hands out its text at most `chunk` bytes per read, so records straddle reads.
class ChunkedSource final : public kfk::ByteSource {
public:
    ChunkedSource(std::string text, std::size_t chunk) : text_(std::move(text)), chunk_(chunk) {}
    std::size_t read(char* buffer, std::size_t size) override {
        const std::size_t n = std::min({size, chunk_, text_.size() - at_});
        std::copy_n(text_.data() + at_, n, buffer);
        at_ += n;
        return n;
    }

private:
    std::string text_;
    std::size_t chunk_;
    std::size_t at_ = 0;
};

std::vector<std::string> split(const std::string& text, const std::string& delimiter,
                               std::size_t chunk = 1 << 20) {
    ChunkedSource source(text, chunk);
    kfk::DelimitedReader reader(source, delimiter);
    std::vector<std::string> out;
    for (std::string record; reader.next(record);) out.push_back(record);
    return out;
}

std::vector<Record> read_all(kfk::RecordSource& source) {
    std::vector<Record> out;
    for (Record r; source.next(r);) out.push_back(r);
    return out;
}

std::vector<Record> text_records(const std::string& text, kfk::TextInput input = {}) {
    ChunkedSource bytes(text, 7);
    auto source = kfk::make_text_source(bytes, std::move(input));
    return read_all(*source);
}

// The usage Error reading `text` as JSON lines throws.
kfk::Error json_error(const std::string& text) {
    std::istringstream in(text);
    kfk::StreamByteSource bytes(in);
    auto source = kfk::make_json_source(bytes, {});
    try {
        read_all(*source);
    } catch (const kfk::Error& e) {
        return e;
    }
    FAIL("no error for: " << text);
    return kfk::Error(kfk::ExitCode::ok, "", "");
}

kfk::cli::ProducePlan plan(kfk::cli::ProduceOptions options) {
    options.topic = "t";
    return kfk::cli::plan_produce(options);
}

std::optional<std::string> bytes(std::string_view s) { return std::string(s); }

// Why plan_produce refuses `options` (a usage error), or "(accepted)".
std::string usage(kfk::cli::ProduceOptions options) {
    try {
        plan(std::move(options));
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        return e.why();
    }
    return "(accepted)";
}

}  // namespace

TEST_CASE("delimiters: escapes as typed on a command line") {
    CHECK(kfk::parse_delimiter("\\n", "-D") == "\n");
    CHECK(kfk::parse_delimiter("\\0", "-D") == std::string(1, '\0'));
    CHECK(kfk::parse_delimiter("\\t", "-K") == "\t");
    CHECK(kfk::parse_delimiter("\\r\\n", "-D") == "\r\n");
    CHECK(kfk::parse_delimiter("\\x1e", "-D") == "\x1e");
    CHECK(kfk::parse_delimiter("\\x1E", "-D") == "\x1e");
    CHECK(kfk::parse_delimiter("||", "-D") == "||");
    CHECK(kfk::parse_delimiter(":", "-K") == ":");
    CHECK(kfk::parse_delimiter("a\\\\b", "-D") == "a\\b");
    for (const char* bad : {"", "\\", "a\\", "\\q", "\\x1", "\\xg0"}) {
        CAPTURE(bad);
        try {
            kfk::parse_delimiter(bad, "-D");
            FAIL_CHECK("accepted");
        } catch (const kfk::Error& e) {
            CHECK(e.code() == kfk::ExitCode::usage);
            CHECK(e.what_failed() == "-D");
        }
    }
}

TEST_CASE("records: a last line without a delimiter is a record and a final delimiter adds none") {
    CHECK(split("a\nb\nc", "\n") == std::vector<std::string>{"a", "b", "c"});
    CHECK(split("a\nb\nc\n", "\n") == std::vector<std::string>{"a", "b", "c"});
    CHECK(split("", "\n").empty());
    CHECK(split("\n", "\n") == std::vector<std::string>{""});
    CHECK(split("a\n\n\nb", "\n") == std::vector<std::string>{"a", "", "", "b"});
    CHECK(split("\r\n", "\n") == std::vector<std::string>{"\r"});  // bytes are kept as they are
}

TEST_CASE("records: NUL and multi-byte delimiters also split across reads") {
    const std::string nul("one\0two\nstill two\0\0three", 24);
    for (const std::size_t chunk :
         {std::size_t{1}, std::size_t{2}, std::size_t{5}, std::size_t{1} << 20}) {
        CAPTURE(chunk);
        CHECK(split(nul, std::string(1, '\0'), chunk) ==
              std::vector<std::string>{"one", "two\nstill two", "", "three"});
        CHECK(split("a||b|c||||d|", "||", chunk) == std::vector<std::string>{"a", "b|c", "", "d|"});
        CHECK(split("a|||b", "||", chunk) == std::vector<std::string>{"a", "|b"});
        CHECK(split("x\r\ny\r\n", "\r\n", chunk) == std::vector<std::string>{"x", "y"});
    }
}

TEST_CASE("records: a record larger than the reader's buffer arrives whole") {
    const std::string big(3 << 20, 'x');
    const auto records = split("a\n" + big + "\nb", "\n", 100000);
    REQUIRE(records.size() == 3);
    CHECK(records[1] == big);
    CHECK(records[2] == "b");
}

TEST_CASE(
    "text input: null keys by default and empty lines are messages unless --skip-empty (which "
    "counts them)") {
    const auto records = text_records("a\n\nb\n");
    REQUIRE(records.size() == 3);
    CHECK_FALSE(records[0].key);
    CHECK(records[0].value == bytes("a"));
    CHECK(records[1].value == bytes(""));  // empty, not null
    CHECK(records[0].partition == -1);
    CHECK_FALSE(records[0].timestamp);

    std::istringstream in("a\n\nb\n\n\nc");
    kfk::StreamByteSource source(in);
    kfk::TextInput input;
    input.skip_empty = true;
    auto text = kfk::make_text_source(source, input);
    Record r;
    REQUIRE(text->next(r));
    CHECK(text->line() == 1);
    REQUIRE(text->next(r));
    CHECK(r.value == bytes("b"));
    CHECK(text->line() == 3);  // line numbers count the skipped lines
    REQUIRE(text->next(r));
    CHECK(r.value == bytes("c"));
    CHECK(text->line() == 6);
    CHECK_FALSE(text->next(r));
    CHECK(text->skipped_empty() == 3);
}

TEST_CASE("text input: -K splits at the first DELIM and a line without it has a null key") {
    kfk::TextInput input;
    input.key_delimiter = ":";
    const auto records = text_records("k1:v1\nk2:v:2\nnokey\n:empty key\nkey only:\n", input);
    REQUIRE(records.size() == 5);
    CHECK(records[0].key == bytes("k1"));
    CHECK(records[0].value == bytes("v1"));
    CHECK(records[1].key == bytes("k2"));
    CHECK(records[1].value == bytes("v:2"));
    CHECK_FALSE(records[2].key);
    CHECK(records[2].value == bytes("nokey"));
    CHECK(records[3].key == bytes(""));
    CHECK(records[3].value == bytes("empty key"));
    CHECK(records[4].key == bytes("key only"));
    CHECK(records[4].value == bytes(""));

    input.key_delimiter = "::";
    const auto wide = text_records("a::b::c\n", input);
    REQUIRE(wide.size() == 1);
    CHECK(wide[0].key == bytes("a"));
    CHECK(wide[0].value == bytes("b::c"));
}

TEST_CASE("text input: -K --strict names the line without the delimiter") {
    kfk::TextInput input;
    input.key_delimiter = "\t";
    input.strict = true;
    std::istringstream in("a\tb\nc\td\nno tab here\ne\tf\n");
    kfk::StreamByteSource bytes_in(in);
    auto source = kfk::make_text_source(bytes_in, input);
    Record r;
    REQUIRE(source->next(r));
    REQUIRE(source->next(r));
    try {
        source->next(r);
        FAIL("no error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        CHECK(e.what_failed() == "read input line 3");
        CHECK(e.why() == "no key delimiter '\\t' (--strict)");
    }
}

TEST_CASE("text input: -k puts the same key on every message") {
    kfk::TextInput input;
    input.key = "same";
    const auto records = text_records("a\nb", input);
    REQUIRE(records.size() == 2);
    CHECK(records[0].key == bytes("same"));
    CHECK(records[1].key == bytes("same"));
    CHECK(records[1].value == bytes("b"));
}

TEST_CASE("JSON input reads back exactly what consume -o jsonl writes") {
    // Records written by consume's own encoder (message_json), then decoded.
    Record binary;
    binary.topic = "src";
    binary.partition = 2;
    binary.offset = 41;
    binary.timestamp = 1700000000123;
    binary.timestamp_type = kfk::TimestampType::create_time;
    binary.key = std::string("\x00\xff\x80k", 4);
    binary.value = std::string("\xc3\x28 not UTF-8\x00", 13);
    binary.headers = {{"h", "1"},
                      {"h", "2"},
                      {"null", std::nullopt},
                      {"empty", ""},
                      {"bin", std::string("\xfe\x00", 2)},
                      {"h", "1"}};

    Record text;
    text.topic = "src";
    text.partition = 0;
    text.offset = 0;
    text.timestamp = 1;
    text.timestamp_type = kfk::TimestampType::log_append_time;
    text.key = "clé \"quoted\"\n";
    text.value = "{\"a\": [1, 2]}\ttab";

    Record nulls;  // null key, null value (a tombstone), no headers, no timestamp
    nulls.topic = "src";
    nulls.partition = 1;
    nulls.offset = 5;

    Record empties;  // empty, not null
    empties.topic = "src";
    empties.partition = 0;
    empties.offset = 6;
    empties.key = "";
    empties.value = "";

    std::string lines;
    for (const Record& r : {binary, text, nulls, empties}) {
        std::string line;
        kfk::append_message_json(kfk::view_of(r), line);
        CHECK(line.find('\n') == std::string::npos);
        lines += line + "\n";
    }
    CHECK(lines.find("\"key_encoding\":\"base64\"") !=
          std::string::npos);  // the binary path is taken

    std::istringstream in(lines);
    kfk::StreamByteSource source(in);
    auto json = kfk::make_json_source(source, {});
    const auto decoded = read_all(*json);
    REQUIRE(decoded.size() == 4);
    CHECK(decoded[0] == binary);
    CHECK(decoded[1] == text);
    CHECK(decoded[2] == nulls);
    CHECK(decoded[3] == empties);
    CHECK(json->line() == 4);
}

TEST_CASE("JSON input: the minimal object and encodings and blank lines") {
    Record r;
    CHECK_FALSE(kfk::decode_record_json(R"({"value":"v"})", r));
    CHECK(r.value == bytes("v"));
    CHECK_FALSE(r.key);
    CHECK(r.partition == -1);
    CHECK_FALSE(r.timestamp);

    CHECK_FALSE(
        kfk::decode_record_json(R"({"key":"AP8=","key_encoding":"base64","value":null})", r));
    CHECK(r.key == bytes(std::string("\x00\xff", 2)));
    CHECK_FALSE(r.value);

    CHECK_FALSE(kfk::decode_record_json(
        R"({"value":"x","value_encoding":null,"headers":null,"partition":3,"timestamp":5})", r));
    CHECK(r.value == bytes("x"));
    CHECK(r.partition == 3);
    CHECK(r.timestamp == 5);
    CHECK(r.headers.empty());

    // What consume --decode writes: a part marked "schema" is its JSON text; the schema
    // id beside it is accepted (produce --encode's flags choose the schema).
    CHECK_FALSE(kfk::decode_record_json(
        R"({"key":{"k":1},"key_encoding":"schema","key_schema_id":4,)"
        R"("value":{"a":[1,"x"]},"value_encoding":"schema","value_schema_id":5})",
        r));
    CHECK(r.key == bytes(R"({"k":1})"));
    CHECK(r.value == bytes(R"({"a":[1,"x"]})"));

    std::istringstream in("\n{\"value\":\"a\"}\n   \n\t\n{\"value\":\"b\"}");
    kfk::StreamByteSource bytes_in(in);
    auto source = kfk::make_json_source(bytes_in, {});
    REQUIRE(source->next(r));
    CHECK(source->line() == 2);
    REQUIRE(source->next(r));
    CHECK(r.value == bytes("b"));
    CHECK(source->line() == 5);
    CHECK_FALSE(source->next(r));
}

TEST_CASE("JSON input: what is wrong with a record") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"({"value":1})", "value must be a string or null, not number"},
        {R"({"key":{"a":1}})", "key must be a string or null, not object"},
        {R"({"value":"x","value_encoding":"hex"})",
         "value_encoding must be \"base64\", \"schema\" or absent"},
        {R"({"value":"not base64!","value_encoding":"base64"})", "value is not valid base64"},
        {R"({"partition":-1})", "partition must be an integer from 0 to 2147483647"},
        {R"({"partition":2147483648})", "partition must be an integer from 0 to 2147483647"},
        {R"({"partition":"1"})", "partition must be an integer from 0 to 2147483647"},
        {R"({"timestamp":1.5})", "timestamp must be an integer from 0 to 9223372036854775807"},
        {R"({"headers":{"k":"v"}})", "headers must be a list of {\"key\", \"value\"} objects"},
        {R"({"headers":["k"]})", "headers must be a list of {\"key\", \"value\"} objects"},
        {R"({"headers":[{"value":"v"}]})", "headers[0].key must be a string"},
        {R"({"headers":[{"key":"a","value":"b"},{"key":"k","value":7}]})",
         "headers[1].value must be a string or null, not number"},
        {R"({"headers":[{"key":"k","value":"!","value_encoding":"base64"}]})",
         "headers[0].value is not valid base64"},
        {R"({"vlaue":"x"})",
         "unknown field \"vlaue\" (known: topic, partition, offset, timestamp, "
         "timestamp_type, key, key_encoding, key_schema_id, value, value_encoding, "
         "value_schema_id, headers)"},
        {R"({"value":"x","extra":[1]})",
         "unknown field \"extra\" (known: topic, partition, offset, timestamp, "
         "timestamp_type, key, key_encoding, key_schema_id, value, value_encoding, "
         "value_schema_id, headers)"},
        {R"({"headers":[{"key":"k","vlaue":"v"}]})",
         "headers[0].vlaue is not a header field (key, value, value_encoding)"},
        {R"([1,2])", "expected a JSON object, got array"},
        {R"("value")", "expected a JSON object, got string"},
    };
    for (const auto& [line, why] : cases) {
        CAPTURE(line);
        Record r;
        CHECK(kfk::decode_record_json(line, r) == why);
    }
    Record r;
    const auto syntax = kfk::decode_record_json(R"({"value": "x")", r);
    REQUIRE(syntax);
    CHECK(syntax->rfind("invalid JSON: ", 0) == 0);
}

TEST_CASE("JSON input: an invalid line is a usage error naming its line number") {
    const kfk::Error e = json_error(
        "{\"value\":\"a\"}\n\n{\"value\":\"b\"}\n{\"value\": oops}\n{\"value\":\"c\"}\n");
    CHECK(e.code() == kfk::ExitCode::usage);
    CHECK(e.what_failed() == "read input line 4");
    CHECK(e.why().rfind("invalid JSON: ", 0) == 0);
    CHECK(e.hint() == "--skip-invalid skips such lines");

    CHECK(json_error("{\"value\":2}").what_failed() == "read input line 1");
    CHECK(json_error("{}\n{}\nplain text").what_failed() == "read input line 3");
    CHECK(json_error("{\"value\":\"a\"}\n{\"vlaue\":\"x\"}").what_failed() == "read input line 2");
}

TEST_CASE("JSON input: --skip-invalid counts and skips and keeps the first three as examples") {
    std::istringstream in("bad1\n{\"value\":\"a\"}\n[]\n{\"value\":1}\n{\"value\":\"b\"}\nbad6\n");
    kfk::StreamByteSource bytes_in(in);
    kfk::JsonInput input;
    input.skip_invalid = true;
    auto source = kfk::make_json_source(bytes_in, input);
    const auto records = read_all(*source);
    REQUIRE(records.size() == 2);
    CHECK(records[0].value == bytes("a"));
    CHECK(records[1].value == bytes("b"));
    CHECK(source->skipped_invalid() == 4);
    REQUIRE(source->invalid_examples().size() == 3);
    CHECK(source->invalid_examples()[0].rfind("line 1: invalid JSON", 0) == 0);
    CHECK(source->invalid_examples()[1] == "line 3: expected a JSON object, got array");
    CHECK(source->invalid_examples()[2] == "line 4: value must be a string or null, not number");
}

TEST_CASE("plan_produce: flag combinations and their translation") {
    using kfk::cli::ProduceOptions;
    ProduceOptions both;
    both.key = "k";
    both.key_delimiter = ":";
    CHECK(usage(both) == "-k and -K exclude each other");
    ProduceOptions strict;
    strict.strict = true;
    CHECK(usage(strict) == "--strict needs -K DELIM");
    ProduceOptions json_k;
    json_k.input = "json";
    json_k.key_delimiter = ":";
    CHECK(usage(json_k) == "-K applies to --input text only");
    ProduceOptions json_d;
    json_d.input = "json";
    json_d.delimiter = "\\0";
    CHECK(usage(json_d) == "-D applies to --input text only");
    // Each refusal says what JSON input does instead.
    const auto hint_of = [](kfk::cli::ProduceOptions options) {
        try {
            plan(std::move(options));
        } catch (const kfk::Error& e) {
            return e.hint();
        }
        return std::string("(accepted)");
    };
    CHECK(hint_of(json_d) == "JSON input is one object per line");
    CHECK(hint_of(json_k) == "each object has its own \"key\"");
    ProduceOptions json_skip_empty;
    json_skip_empty.input = "json";
    json_skip_empty.skip_empty = true;
    CHECK(usage(json_skip_empty) == "--skip-empty applies to --input text only");
    CHECK(hint_of(json_skip_empty) == "blank lines are skipped in JSON input");
    ProduceOptions text_skip;
    text_skip.skip_invalid = true;
    CHECK(usage(text_skip) == "--skip-invalid applies to --input json only");
    ProduceOptions empty_delimiter;
    empty_delimiter.delimiter = "";
    CHECK(usage(empty_delimiter) == "the delimiter is empty");

    ProduceOptions o;
    o.delimiter = "\\0";
    o.key_delimiter = "\\t";
    o.headers = {"a=1", "a=2", "eq=x=y", "empty="};
    o.acks = "0";
    o.partition = 4;
    const auto p = plan(o);
    CHECK_FALSE(p.json_input);
    CHECK(p.text.delimiter == std::string(1, '\0'));
    CHECK(p.text.key_delimiter == "\t");
    CHECK(p.request.partition == 4);
    CHECK(p.request.acks == kfk::Acks::none);
    CHECK(p.request.headers ==
          std::vector<kfk::Header>{{"a", "1"}, {"a", "2"}, {"eq", "x=y"}, {"empty", ""}});

    ProduceOptions defaults;
    const auto d = plan(defaults);
    CHECK(d.text.delimiter == "\n");
    CHECK_FALSE(d.request.acks);  // all, unless -X acks says otherwise
    CHECK_FALSE(d.request.sync);
}

TEST_CASE("plan_produce: --encode parts and the flags that choose the value's schema") {
    using kfk::cli::ProduceOptions;
    ProduceOptions both;
    both.encode = {"key=json-schema", "value=avro"};
    both.subject = "orders-v";
    both.version = "3";
    const auto p = plan(both);
    REQUIRE(p.encode.size() == 2);
    CHECK(p.encode[0].part == kfk::MessagePart::key);
    CHECK(p.encode[0].format == kfk::SchemaFormat::json_schema);
    CHECK_FALSE(p.encode[0].subject);  // the key's schema: latest of TOPIC-key
    CHECK(p.encode[1].part == kfk::MessagePart::value);
    CHECK(p.encode[1].subject == "orders-v");
    CHECK(p.encode[1].version == "3");

    ProduceOptions twice;
    twice.encode = {"value=avro", "value=protobuf"};
    CHECK(usage(twice) == "names a part a second time");
    ProduceOptions automatic;
    automatic.encode = {"key=auto"};
    CHECK(usage(automatic) == "auto applies to --decode only");
    ProduceOptions key_only;
    key_only.encode = {"key=avro"};
    key_only.schema_id = 4;
    CHECK(usage(key_only) == "--schema-id, --subject and --version need --encode value=FORMAT");
    ProduceOptions id_and_subject;
    id_and_subject.encode = {"value=avro"};
    id_and_subject.schema_id = 4;
    id_and_subject.subject = "s";
    CHECK(usage(id_and_subject) == "--schema-id and --subject exclude each other");
    CHECK(plan({}).encode.empty());
}

TEST_CASE("the failure report names input lines grouped by reason") {
    kfk::DeliveryTally tally;
    for (int i = 0; i < 12; ++i) tally.sent();
    for (int i = 0; i < 8; ++i) tally.delivered(10);  // lines 1-3, 5-6, 9-11
    tally.failed(8, "Broker: Message size too large");
    tally.failed(4, "Broker: Message size too large");
    tally.failed(12, "no acknowledgement within 5s (--timeout)", true);
    tally.failed(7, "Broker: Message size too large");
    CHECK(tally.in_flight() == 0);

    kfk::ProduceSummary s;
    s.delivered = tally.delivered_count();
    s.failed = tally.failed_count();
    s.possibly_persisted = tally.possibly_persisted();
    s.failures = tally.failures();
    s.bytes = tally.bytes();
    s.elapsed = std::chrono::milliseconds(2000);
    CHECK(kfk::failure_lines(s) ==
          std::vector<std::string>{"lines 4, 7-8: Broker: Message size too large",
                                   "line 12: no acknowledgement within 5s (--timeout)"});
    CHECK(kfk::failure_why(s) == "4 of 12 messages not delivered (lines 4, 7-8, 12)");
    CHECK(kfk::summary_line(s, "t") ==
          "delivered 8 messages (80 B) to t in 2.00s, 4 msgs/s, 4 failed (1 may have been "
          "delivered)");
    CHECK(kfk::line_ranges({1, 3, 5, 7}, 2) == "1, 3, ... (2 more)");
}

TEST_CASE("produce report: a single failure reason is said once, in the final error") {
    kfk::DeliveryTally tally;
    for (int i = 0; i < 3; ++i) tally.sent();
    tally.delivered(10);
    tally.delivered(10);
    tally.failed(2, "larger than the topic's max.message.bytes (1000)");
    kfk::ProduceSummary s;
    s.delivered = tally.delivered_count();
    s.failed = tally.failed_count();
    s.failures = tally.failures();
    CHECK(kfk::failure_lines(s).empty());
    CHECK(
        kfk::failure_why(s) ==
        "1 of 3 messages not delivered (line 2): larger than the topic's max.message.bytes (1000)");
}
