#include "kfk/completion/name_cache.hpp"

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace kfk {

namespace {

// FNV-1a: a stable file name for any scope (which may hold ':', ',' and '/').
std::string hex_hash(std::string_view text) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    std::ostringstream out;
    out << std::hex << hash;
    return out.str();
}

std::filesystem::path cache_file(const std::filesystem::path& dir, std::string_view kind,
                                 std::string_view scope) {
    return dir / (std::string(kind) + "-" + hex_hash(scope));
}

}  // namespace

std::optional<std::string> cache_scope(const std::string& brokers,
                                       const std::vector<std::string>& subjects) {
    // Each subject after a tab: unambiguous as long as no subject holds one (a group
    // name may hold any character; such rare names are simply not cached).
    std::string scope = brokers;
    for (const std::string& subject : subjects) {
        if (subject.find_first_of("\t\n\r") != std::string::npos) return std::nullopt;
        scope += "\t" + subject;
    }
    return scope;
}

std::filesystem::path completion_cache_dir() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
        return std::filesystem::path(xdg) / "kfk" / "completion";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home ? home : ".") / ".cache" / "kfk" / "completion";
}

std::optional<std::vector<std::string>> read_cached_names(const std::filesystem::path& dir,
                                                          std::string_view kind,
                                                          std::string_view scope,
                                                          std::chrono::seconds max_age) {
    const std::filesystem::path file = cache_file(dir, kind, scope);
    std::error_code ec;
    const auto written = std::filesystem::last_write_time(file, ec);
    if (ec) return std::nullopt;
    const auto age = std::filesystem::file_time_type::clock::now() - written;
    if (age > max_age || age < -max_age) return std::nullopt;  // stale, or a clock jump

    std::ifstream in(file);
    std::string first;
    // The first line repeats the scope: two scopes with the same hash must not share
    // names.
    if (!std::getline(in, first) || first != scope) return std::nullopt;
    std::vector<std::string> names;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) names.push_back(line);
    }
    return names;
}

void write_cached_names(const std::filesystem::path& dir, std::string_view kind,
                        std::string_view scope, const std::vector<std::string>& names) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return;
    const std::filesystem::path file = cache_file(dir, kind, scope);
    // Write then rename, so a concurrent tab never reads half a file.
    std::filesystem::path tmp = file;
    tmp += ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << scope << '\n';
        for (const std::string& name : names) out << name << '\n';
        if (!out.flush()) {
            std::filesystem::remove(tmp, ec);
            return;
        }
    }
    std::filesystem::rename(tmp, file, ec);
    if (ec) std::filesystem::remove(tmp, ec);
}

}  // namespace kfk
