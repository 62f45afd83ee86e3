#include "completion/complete.hpp"

#include <algorithm>
#include <sstream>

#include "cli.hpp"
#include "completion/walk.hpp"
#include "kfk/completion/live_names.hpp"
#include "kfk/completion/name_cache.hpp"
#include "kfk/config/resolve.hpp"
#include "kfk/schema/registry_via_module.hpp"

namespace kfk::cli {

namespace {

// The global options as typed, parsed by the real parser (with KFK_BROKERS, KFK_CONTEXT
// and every check), so that completion reaches the same cluster the command would.
// nullptr when they do not parse.
std::unique_ptr<Cli> parse_globals(const std::vector<std::string>& global_words) {
    auto cli = make_cli();
    std::vector<std::string> args = global_words;
    args.emplace_back("version");  // any command: CLI11 requires one
    try {
        parse(*cli, args);
    } catch (...) {
        return nullptr;
    }
    return cli;
}

std::vector<std::string> context_names(const GlobalOptions& globals) {
    std::vector<std::string> names;
    for (const Context& context : load_config_file(config_sources(globals)).contexts)
        names.push_back(context.name);
    return names;
}

// The names of `kind` (of `subjects` where the kind has them) from the cache, else from
// the cluster within `deadline`; none when it does not answer in time.
std::vector<std::string> cluster_names(LiveNameKind kind, const std::vector<std::string>& subjects,
                                       const GlobalOptions& globals,
                                       std::chrono::steady_clock::time_point deadline) {
    std::istringstream in;
    std::ostringstream sink;  // warnings about the config file do not belong in a shell
    Streams quiet{in, sink, sink};
    ClientConfig config = client_config(globals, quiet);
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 50) return {};
    // librdkafka gives up a little before the child is killed, so a slow but live
    // cluster still answers in full.
    config.timeout = left - std::chrono::milliseconds(50);
    config.verbosity = 0;

    const std::filesystem::path cache = completion_cache_dir();
    const std::optional<std::string> scope = cache_scope(config.brokers, subjects);
    if (scope) {
        if (auto cached = read_cached_names(cache, to_string(kind), *scope, completion_cache_ttl))
            return *cached;
    }
    auto fetched = fetch_names_by(kind, subjects, config, deadline);
    if (!fetched) return {};
    if (scope) write_cached_names(cache, to_string(kind), *scope, *fetched);
    return *fetched;
}

// The registry's subjects, asked directly: curl's own timeout bounds the request, so
// no child process is needed. Nothing when no registry is configured or the schema
// module is not installed.
std::vector<std::string> subject_names(const GlobalOptions& globals,
                                       std::chrono::steady_clock::time_point deadline) {
    std::istringstream in;
    std::ostringstream sink;
    Streams quiet{in, sink, sink};
    try {
        RegistryConfig config = registry_config(globals, quiet, "complete", /*warn=*/false);
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 50) return {};
        config.timeout = left - std::chrono::milliseconds(50);
        const std::filesystem::path cache = completion_cache_dir();
        if (auto cached = read_cached_names(cache, "subjects", config.url, completion_cache_ttl))
            return *cached;
        std::vector<std::string> names = registry_client(config).subjects();
        std::sort(names.begin(), names.end());
        write_cached_names(cache, "subjects", config.url, names);
        return names;
    } catch (...) {
        return {};
    }
}

// A topic's config keys: none before the topic is typed.
std::vector<std::string> config_keys(LiveNameKind kind, const std::vector<std::string>& subjects,
                                     const GlobalOptions& globals,
                                     std::chrono::steady_clock::time_point deadline) {
    if (subjects.size() != 1) return {};
    return cluster_names(kind, subjects, globals, deadline);
}

// The topics the typed groups committed offsets for; every topic when no group is typed
// yet, or the groups have none (unknown, or new: `group reset` may create one).
std::vector<std::string> group_topics(const std::vector<std::string>& groups,
                                      const GlobalOptions& globals,
                                      std::chrono::steady_clock::time_point deadline) {
    if (!groups.empty()) {
        auto topics = cluster_names(LiveNameKind::group_topic, groups, globals, deadline);
        if (!topics.empty()) return topics;
    }
    return cluster_names(LiveNameKind::topic, {}, globals, deadline);
}

std::vector<std::string> names_for(const CompletionPlan& plan,
                                   std::chrono::steady_clock::time_point deadline) {
    const std::unique_ptr<Cli> parsed = parse_globals(plan.global_words);
    if (!parsed) return {};
    const GlobalOptions& globals = parsed->globals;
    switch (*plan.names) {
        case NameKind::context:
            return context_names(globals);
        case NameKind::topic:
            return cluster_names(LiveNameKind::topic, {}, globals, deadline);
        case NameKind::group:
            return cluster_names(LiveNameKind::group, {}, globals, deadline);
        case NameKind::subject:
            return subject_names(globals, deadline);
        case NameKind::config_setting:
            return config_keys(LiveNameKind::settable_config_key, plan.subjects, globals, deadline);
        case NameKind::own_config:
            return config_keys(LiveNameKind::own_config_key, plan.subjects, globals, deadline);
        case NameKind::group_topic:
            return group_topics(plan.subjects, globals, deadline);
    }
    return {};
}

void print_names(const CompletionPlan& plan, const std::vector<std::string>& names,
                 std::ostream& out) {
    // Internal topics (__consumer_offsets) only when asked for by their prefix.
    const bool internal = plan.current.starts_with("_");
    for (const std::string& name : names) {
        if (!name.starts_with(plan.current)) continue;
        if (name.starts_with("__") && !internal) continue;
        if (std::find(plan.typed_names.begin(), plan.typed_names.end(), name) !=
            plan.typed_names.end())
            continue;
        // "KEY=": the user types the value next (the scripts add no blank after '=').
        const char* suffix = plan.names == NameKind::config_setting ? "=" : "";
        out << plan.name_prefix << name << suffix << '\n';
    }
}

// One line per candidate: a description must not break the protocol.
std::string one_line(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
    return text;
}

}  // namespace

int complete(std::span<const std::string> words, Streams& streams) {
    const auto deadline = std::chrono::steady_clock::now() + live_names_budget;
    bool files = false;
    try {
        auto cli = make_cli();
        const CompletionPlan plan = plan_completion(cli->app, words);
        for (const Candidate& c : plan.candidates) {
            streams.out << c.word;
            if (!c.description.empty()) streams.out << '\t' << one_line(c.description);
            streams.out << '\n';
        }
        if (plan.names) print_names(plan, names_for(plan, deadline), streams.out);
        files = plan.files;
    } catch (...) {
        // A broken config file or an odd command line: no candidates, and no noise in
        // the user's shell.
    }
    streams.out << (files ? ":file" : ":nofile") << '\n';
    streams.out.flush();
    return 0;
}

}  // namespace kfk::cli
