#include "kfk/client/client_config.hpp"

#include <doctest/doctest.h>

#include "kfk/client/rdkafka_handle.hpp"
#include "kfk/error.hpp"

TEST_CASE("-X KEY=VALUE splits at the first '='") {
    CHECK(kfk::parse_property("a.b=c", "-X") == kfk::Property{"a.b", "c"});
    CHECK(kfk::parse_property("sasl.jaas.config=x=y", "-X") ==
          kfk::Property{"sasl.jaas.config", "x=y"});
    CHECK(kfk::parse_property("empty=", "-X") == kfk::Property{"empty", ""});
    CHECK_THROWS_AS(kfk::parse_property("novalue", "-X"), kfk::Error);
    CHECK_THROWS_AS(kfk::parse_property("=value", "-X"), kfk::Error);
}

TEST_CASE("secret properties are recognised") {
    CHECK(kfk::is_secret_property("sasl.password"));
    CHECK(kfk::is_secret_property("ssl.key.password"));
    CHECK(kfk::is_secret_property("ssl.keystore.password"));
    CHECK(kfk::is_secret_property("sasl.oauthbearer.client.secret"));
    CHECK_FALSE(kfk::is_secret_property("sasl.username"));
    CHECK_FALSE(kfk::is_secret_property("bootstrap.servers"));
}

TEST_CASE("a property librdkafka does not know is a usage error naming it") {
    kfk::ClientConfig config;
    config.properties.push_back({"no.such.property", "1"});
    try {
        kfk::make_conf(config);
        FAIL("expected an error");
    } catch (const kfk::Error& e) {
        CHECK(e.code() == kfk::ExitCode::usage);
        CHECK(e.line().find("no.such.property") != std::string::npos);
    }
}

TEST_CASE("a bad value for a known property is a usage error") {
    kfk::ClientConfig config;
    config.properties.push_back({"socket.timeout.ms", "soon"});
    CHECK_THROWS_AS(kfk::make_conf(config), kfk::Error);
}
