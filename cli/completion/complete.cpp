#include "completion/complete.hpp"

#include <algorithm>
#include <sstream>

#include "cli.hpp"
#include "completion/walk.hpp"
#include "kfk/completion/live_names.hpp"
#include "kfk/completion/name_cache.hpp"
#include "kfk/config/resolve.hpp"
#include "kfk/schema/registry_client.hpp"

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

std::vector<std::string> cluster_names(LiveNameKind kind, const GlobalOptions& globals,
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
    if (auto cached =
            read_cached_names(cache, to_string(kind), config.brokers, completion_cache_ttl))
        return *cached;
    auto fetched = fetch_names_by(kind, config, deadline);
    if (!fetched) return {};
    write_cached_names(cache, to_string(kind), config.brokers, *fetched);
    return *fetched;
}

// The registry's subjects, asked directly: curl's own timeout bounds the request, so
// no child process is needed. Nothing when no registry is configured.
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
        std::vector<std::string> names = RegistryClient(config).subjects();
        std::sort(names.begin(), names.end());
        write_cached_names(cache, "subjects", config.url, names);
        return names;
    } catch (...) {
        return {};
    }
}

std::vector<std::string> names_for(const CompletionPlan& plan,
                                   std::chrono::steady_clock::time_point deadline) {
    const std::unique_ptr<Cli> parsed = parse_globals(plan.global_words);
    if (!parsed) return {};
    switch (*plan.names) {
        case NameKind::context:
            return context_names(parsed->globals);
        case NameKind::topic:
            return cluster_names(LiveNameKind::topic, parsed->globals, deadline);
        case NameKind::group:
            return cluster_names(LiveNameKind::group, parsed->globals, deadline);
        case NameKind::subject:
            return subject_names(parsed->globals, deadline);
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
        out << plan.name_prefix << name << '\n';
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
