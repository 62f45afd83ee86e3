// kfk schema list: the registry's subjects and their versions.

#include <algorithm>

#include "commands.hpp"
#include "kfk/render/schema_render.hpp"
#include "kfk/schema/registry_via_module.hpp"

namespace kfk::cli {

namespace {

ExitCode run_schema_list(const GlobalOptions& globals, Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "schema list");
    RegistryClient registry =
        registry_client(registry_config(globals, streams, "schema list", /*warn=*/true));
    std::vector<SubjectSummary> subjects;
    for (std::string& subject : registry.subjects()) {
        std::vector<std::int64_t> versions = registry.versions(subject);
        subjects.push_back({std::move(subject), std::move(versions)});
    }
    std::sort(subjects.begin(), subjects.end(),
              [](const auto& a, const auto& b) { return a.subject < b.subject; });
    render(subjects, render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_schema_list_command(Cli& cli) {
    CLI::App* cmd = schema_noun(cli)->add_subcommand("list", "Subjects and their versions");
    cmd->callback(
        [&cli] { cli.run = [&cli](Streams& s) { return run_schema_list(cli.globals, s); }; });
}

}  // namespace kfk::cli
