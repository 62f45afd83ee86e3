#include "kfk/topic/topic_name.hpp"

#include <doctest/doctest.h>

#include <string>

#include "kfk/error.hpp"

using kfk::topic_name_problem;

TEST_CASE("valid topic names") {
    for (const char* name : {"orders", "a", "A.b_c-9", "__consumer_offsets", ".hidden", "..."}) {
        CAPTURE(name);
        CHECK_FALSE(topic_name_problem(name).has_value());
    }
    CHECK_FALSE(topic_name_problem(std::string(249, 'x')).has_value());
}

TEST_CASE("invalid topic names, each with its reason") {
    CHECK(topic_name_problem("") == "the name is empty");
    CHECK(topic_name_problem(".") == "'.' and '..' are not allowed");
    CHECK(topic_name_problem("..") == "'.' and '..' are not allowed");
    CHECK(topic_name_problem(std::string(250, 'x')) == "longer than 249 characters");
    for (const char* name : {"with space", "slash/es", "uni\xc3\xa7ode", "star*", "colon:"}) {
        CAPTURE(name);
        CHECK(topic_name_problem(name) == "only letters, digits, '.', '_' and '-' are allowed");
    }
}

TEST_CASE("require_valid_topic_name throws a usage error") {
    try {
        kfk::require_valid_topic_name("bad name");
        FAIL("expected an error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        CHECK(e.line() ==
              "kfk: invalid topic name 'bad name': only letters, digits, '.', '_' and '-' are "
              "allowed");
    }
}

TEST_CASE("internal topics") {
    CHECK(kfk::is_internal_topic("__consumer_offsets"));
    CHECK(kfk::is_internal_topic("__transaction_state"));
    CHECK_FALSE(kfk::is_internal_topic("__my_topic"));
    CHECK_FALSE(kfk::is_internal_topic("orders"));
}
