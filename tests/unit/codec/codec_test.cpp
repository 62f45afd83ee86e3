#include <doctest/doctest.h>

#include <string>

#include "kfk/codec/base64.hpp"
#include "kfk/codec/utf8.hpp"

using namespace std::string_literals;

TEST_CASE("base64 of RFC 4648's test vectors") {
    const std::pair<const char*, const char*> vectors[] = {{"", ""},
                                                           {"f", "Zg=="},
                                                           {"fo", "Zm8="},
                                                           {"foo", "Zm9v"},
                                                           {"foob", "Zm9vYg=="},
                                                           {"fooba", "Zm9vYmE="},
                                                           {"foobar", "Zm9vYmFy"}};
    for (const auto& [plain, encoded] : vectors) {
        CAPTURE(plain);
        CHECK(kfk::base64_encode(plain) == encoded);
        CHECK(kfk::base64_decode(encoded) == std::string(plain));
    }
}

TEST_CASE("base64 round-trips every byte value") {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    for (std::size_t n = 0; n <= all.size(); n += 37) {
        const std::string part = all.substr(0, n);
        CHECK(kfk::base64_decode(kfk::base64_encode(part)) == part);
    }
}

TEST_CASE("non-canonical or malformed base64 is refused") {
    for (const char* bad : {"Zg", "Zg=", "Z===", "Zh==", "Zm9=", "Zm9v!", "Zg==Zg==", "=Zg="}) {
        CAPTURE(bad);
        CHECK_FALSE(kfk::base64_decode(bad).has_value());
    }
}

TEST_CASE("UTF-8 validity") {
    CHECK(kfk::is_valid_utf8(""));
    CHECK(kfk::is_valid_utf8("plain ascii"));
    CHECK(
        kfk::is_valid_utf8("\xc3\xb1"
                           "and"
                           "\xc3\xba"));            // ñandú
    CHECK(kfk::is_valid_utf8("\xe2\x82\xac"));      // €
    CHECK(kfk::is_valid_utf8("\xf0\x9f\x98\x80"));  // 😀
    CHECK(kfk::is_valid_utf8("nul\0inside"s));
    CHECK_FALSE(kfk::is_valid_utf8("\xff"));
    CHECK_FALSE(kfk::is_valid_utf8("\xc3"));              // truncated
    CHECK_FALSE(kfk::is_valid_utf8("\xc0\xaf"));          // overlong '/'
    CHECK_FALSE(kfk::is_valid_utf8("\xe0\x80\xaf"));      // overlong
    CHECK_FALSE(kfk::is_valid_utf8("\xed\xa0\x80"));      // surrogate
    CHECK_FALSE(kfk::is_valid_utf8("\xf4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(kfk::is_valid_utf8("\x80"));              // lone continuation
}
