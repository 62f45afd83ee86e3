#pragma once
// A short-lived on-disk cache of live names (topics, groups) for shell completion, so
// that pressing tab again does not ask the cluster again: one small file per kind and
// scope (the bootstrap servers, and the topic or groups the names belong to) under
// $XDG_CACHE_HOME/kfk/completion/.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kfk {

inline constexpr std::chrono::seconds completion_cache_ttl{30};

// $XDG_CACHE_HOME/kfk/completion, else ~/.cache/kfk/completion.
std::filesystem::path completion_cache_dir();

// The scope of names that belong to `subjects` (a topic's config keys, groups' topics)
// on the cluster `brokers`: one line, as the cache file repeats it. nullopt when a
// subject holds a tab or a line break (a group name may): such names are not cached.
std::optional<std::string> cache_scope(const std::string& brokers,
                                       const std::vector<std::string>& subjects);

// The names cached for (kind, scope) if written less than `max_age` ago.
std::optional<std::vector<std::string>> read_cached_names(const std::filesystem::path& dir,
                                                          std::string_view kind,
                                                          std::string_view scope,
                                                          std::chrono::seconds max_age);

// Best effort: a cache that cannot be written only costs the next tab a round trip, so
// failures are ignored rather than reported into the user's shell.
void write_cached_names(const std::filesystem::path& dir, std::string_view kind,
                        std::string_view scope, const std::vector<std::string>& names);

}  // namespace kfk
