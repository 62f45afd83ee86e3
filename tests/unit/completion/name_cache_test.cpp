// The completion cache keeps names of one topic or of some groups apart.

#include "kfk/completion/name_cache.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

using Strings = std::vector<std::string>;

TEST_CASE("completion: a cache scope holds the brokers and the subjects") {
    CHECK(kfk::cache_scope("h:1,h:2", {}) == "h:1,h:2");
    CHECK(kfk::cache_scope("h:1", {"a b", "c"}) == "h:1\ta b\tc");
    // A name that would make two scopes alike, or break the file's first line.
    CHECK_FALSE(kfk::cache_scope("h:1", {"a\tb"}).has_value());
    CHECK_FALSE(kfk::cache_scope("h:1", {"a\nb"}).has_value());
}

TEST_CASE("completion: names cached for one topic are not those of another") {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("kfk-name-cache-test-" + std::to_string(::getpid()));
    const std::string orders = *kfk::cache_scope("h:1", {"orders"});
    const std::string payments = *kfk::cache_scope("h:1", {"payments"});
    kfk::write_cached_names(dir, "config-keys", orders, {"retention.ms"});
    CHECK(kfk::read_cached_names(dir, "config-keys", orders, std::chrono::seconds(30)) ==
          Strings{"retention.ms"});
    CHECK_FALSE(kfk::read_cached_names(dir, "config-keys", payments, std::chrono::seconds(30)));
    std::filesystem::remove_all(dir);
}
