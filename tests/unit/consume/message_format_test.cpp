#include "kfk/consume/message_format.hpp"

#include <doctest/doctest.h>

#include "kfk/error.hpp"

namespace {

kfk::MessageView sample() {
    kfk::MessageView m;
    m.topic = "orders";
    m.partition = 2;
    m.offset = 41;
    m.timestamp = 1764064800000;
    m.key = "k1";
    m.value = "hello";
    m.headers = {{"a", "1"}, {"a", "2"}, {"n", std::nullopt}};
    return m;
}

std::string apply(const char* format, const kfk::MessageView& m = sample()) {
    std::string out;
    kfk::MessageFormat::compile(format).append(m, out);
    return out;
}

}  // namespace

TEST_CASE("every token of the format") {
    CHECK(apply("%t %p %o %k %s %T %K %S\\n") == "orders 2 41 k1 hello 1764064800000 2 5\n");
    CHECK(apply("%h") == "a=1,a=2,n=");
    CHECK(apply("100%% %s\\t|\\\\") == "100% hello\t|\\");
    CHECK(apply("plain") == "plain");
}

TEST_CASE("null key and value print empty, with length -1") {
    kfk::MessageView m = sample();
    m.key.reset();
    m.value.reset();
    CHECK(apply("[%k][%s] %K %S", m) == "[][] -1 -1");
}

TEST_CASE("bad formats are usage errors naming the token") {
    for (const char* bad : {"%x", "%", "abc\\", "\\q", "%s%"}) {
        CAPTURE(bad);
        try {
            kfk::MessageFormat::compile(bad);
            FAIL("expected an error");
        } catch (const kfk::Error& e) {
            CHECK(e.code() == kfk::ExitCode::usage);
            CHECK(e.line().rfind("kfk: -f: ", 0) == 0);
        }
    }
}
