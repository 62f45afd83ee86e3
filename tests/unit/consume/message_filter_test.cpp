// MessageFilter: which messages `consume --key/--grep/--key-grep/--header` prints.

#include "kfk/consume/message_filter.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

using namespace kfk;

namespace {

MessageView message(std::optional<std::string_view> key, std::optional<std::string_view> value,
                    std::vector<HeaderView> headers = {}) {
    MessageView m;
    m.topic = "t";
    m.key = key;
    m.value = value;
    m.headers = std::move(headers);
    return m;
}

ExitCode code_of(const FilterSpec& spec) {
    try {
        MessageFilter::compile(spec);
    } catch (const Error& e) {
        CHECK(e.line().find('\n') == std::string::npos);
        return e.code();
    }
    return ExitCode::ok;
}

}  // namespace

TEST_CASE("MessageFilter: no condition matches everything, nulls too") {
    const MessageFilter filter = MessageFilter::compile({});
    CHECK_FALSE(filter.active());
    CHECK(filter.matches(message(std::nullopt, std::nullopt)));
    CHECK(MessageFilter().matches(message("k", "v")));
}

TEST_CASE("MessageFilter: --key compares whole keys byte for byte, any of them") {
    FilterSpec spec;
    spec.keys = {"order-1", std::string("b\0in", 4), "order-1"};
    const MessageFilter filter = MessageFilter::compile(spec);
    CHECK(filter.active());
    CHECK(filter.keys().size() == 2);  // duplicates dropped
    CHECK(filter.matches(message("order-1", "v")));
    CHECK(filter.matches(message(std::string_view("b\0in", 4), "v")));
    CHECK_FALSE(filter.matches(message("b", "v")));  // not a prefix match
    CHECK_FALSE(filter.matches(message("order-10", "v")));
    CHECK_FALSE(filter.matches(message("ORDER-1", "v")));
    CHECK_FALSE(filter.matches(message(std::nullopt, "v")));
    CHECK_FALSE(filter.matches(message("", "v")));
}

TEST_CASE("MessageFilter: --grep and --key-grep search anywhere, a null never matches") {
    FilterSpec spec;
    spec.value_pattern = "err(or)?";
    MessageFilter filter = MessageFilter::compile(spec);
    CHECK(filter.matches(message(std::nullopt, "an error here")));
    CHECK(filter.matches(message("k", "err")));
    CHECK_FALSE(filter.matches(message("err", "fine")));
    CHECK_FALSE(filter.matches(message("k", std::nullopt)));
    spec.value_pattern = "^a.c$";
    filter = MessageFilter::compile(spec);
    CHECK(filter.matches(message("k", "abc")));
    CHECK_FALSE(filter.matches(message("k", "xabc")));
    // Bytes after a NUL are searched too.
    CHECK(filter.matches(message("k", std::string_view("a\0c", 3))));

    FilterSpec keys;
    keys.key_pattern = "^user-[0-9]+$";
    filter = MessageFilter::compile(keys);
    CHECK(filter.matches(message("user-42", "v")));
    CHECK_FALSE(filter.matches(message("user-x", "v")));
    CHECK_FALSE(filter.matches(message(std::nullopt, "user-42")));
}

TEST_CASE("MessageFilter: --header NAME=REGEX, any header of that name, and all conditions hold") {
    FilterSpec spec;
    spec.header_patterns = {"trace=^abc", "env="};
    const MessageFilter filter = MessageFilter::compile(spec);
    CHECK(filter.uses_headers());
    CHECK(filter.matches(message("k", "v", {{"trace", "abcdef"}, {"env", "prod"}})));
    // A second header of the same name may be the one that matches.
    CHECK(filter.matches(message("k", "v", {{"trace", "x"}, {"trace", "abc"}, {"env", ""}})));
    CHECK_FALSE(filter.matches(message("k", "v", {{"trace", "abcdef"}})));  // no env
    CHECK_FALSE(filter.matches(message("k", "v", {{"trace", "xabc"}, {"env", "p"}})));
    CHECK_FALSE(filter.matches(message("k", "v", {{"Trace", "abc"}, {"env", "p"}})));
    CHECK_FALSE(filter.matches(message("k", "v", {{"trace", "abc"}, {"env", std::nullopt}})));
    CHECK_FALSE(filter.matches(message("k", "v")));

    FilterSpec all;
    all.keys = {"k"};
    all.value_pattern = "x";
    all.header_patterns = {"h=1"};
    const MessageFilter both = MessageFilter::compile(all);
    CHECK(both.matches(message("k", "x", {{"h", "1"}})));
    CHECK_FALSE(both.matches(message("k", "x", {{"h", "2"}})));
    CHECK_FALSE(both.matches(message("k", "y", {{"h", "1"}})));
    CHECK_FALSE(both.matches(message("j", "x", {{"h", "1"}})));
}

TEST_CASE("MessageFilter: a bad regex or header spec is one usage line") {
    FilterSpec spec;
    spec.value_pattern = "(unclosed";
    CHECK(code_of(spec) == ExitCode::usage);
    try {
        MessageFilter::compile(spec);
    } catch (const Error& e) {
        CHECK(e.line().find("kfk: --grep: invalid regular expression '(unclosed'") == 0);
    }
    FilterSpec key;
    key.key_pattern = "[a-";
    CHECK(code_of(key) == ExitCode::usage);
    FilterSpec header;
    header.header_patterns = {"h=*"};
    CHECK(code_of(header) == ExitCode::usage);
    header.header_patterns = {"no-equals"};
    CHECK(code_of(header) == ExitCode::usage);
    header.header_patterns = {"=x"};
    CHECK(code_of(header) == ExitCode::usage);
    header.header_patterns = {"h=a=b"};  // the regex may hold '='
    CHECK(code_of(header) == ExitCode::ok);
}

TEST_CASE("MessageFilter: --key-encoding text or base64") {
    CHECK(parse_key_encoding("text") == KeyEncoding::text);
    CHECK(parse_key_encoding("base64") == KeyEncoding::base64);
    CHECK_THROWS_AS(parse_key_encoding("hex"), Error);
    CHECK(decode_key("AAEC", KeyEncoding::base64) == std::string("\0\1\2", 3));
    CHECK(decode_key("AAEC", KeyEncoding::text) == "AAEC");
    CHECK_THROWS_AS(decode_key("not base64!", KeyEncoding::base64), Error);
}
