// kfk schema delete SUBJECT [--version N] [--permanent] [--yes]: deletes a subject (all
// versions) or one version; on a terminal it shows what goes and asks first.

#include "commands.hpp"
#include "confirm.hpp"
#include "kfk/render/schema_render.hpp"
#include "kfk/schema/registry_via_module.hpp"

namespace kfk::cli {

namespace {

struct SchemaDeleteOptions {
    std::string subject;
    std::optional<std::string> version;
    bool permanent = false;
    bool yes = false;
};

bool confirmed(const std::string& subject, const std::vector<std::int64_t>& versions,
               bool permanent, Streams& streams) {
    streams.err << "About to " << (permanent ? "permanently " : "") << "delete " << subject
                << " version" << (versions.size() == 1 ? "" : "s");
    for (std::size_t i = 0; i < versions.size(); ++i)
        streams.err << (i == 0 ? " " : ", ") << versions[i];
    streams.err << '\n';
    return ask_yes_no("Delete?", streams);
}

ExitCode run_schema_delete(const SchemaDeleteOptions& options, const GlobalOptions& globals,
                           Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "schema delete");
    RegistryClient registry =
        registry_client(registry_config(globals, streams, "schema delete", /*warn=*/true));
    // The preview names what exists; an unknown subject or version is exit 3 here.
    std::vector<std::int64_t> doomed;
    if (options.version) {
        doomed.push_back(registry.subject_version(options.subject, *options.version).version);
    } else {
        doomed = registry.versions(options.subject);
    }
    if (!options.yes && streams.in_is_tty &&
        !confirmed(options.subject, doomed, options.permanent, streams)) {
        throw Error(ExitCode::kafka_error, "schema delete " + options.subject,
                    "not confirmed; nothing deleted");
    }
    std::vector<std::int64_t> deleted;
    if (options.version) {
        const std::string version = std::to_string(doomed.front());
        if (options.permanent) (void)registry.delete_version(options.subject, version, false);
        deleted.push_back(registry.delete_version(options.subject, version, options.permanent));
    } else {
        if (options.permanent) (void)registry.delete_subject(options.subject, false);
        deleted = registry.delete_subject(options.subject, options.permanent);
    }
    render(SchemaActionResult{options.subject,
                              {{"deleted_versions", deleted}, {"permanent", options.permanent}}},
           render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_schema_delete_command(Cli& cli) {
    auto& options = cli.own<SchemaDeleteOptions>();
    CLI::App* cmd = schema_noun(cli)->add_subcommand(
        "delete", "Delete a subject or one version (asks first on a terminal)");
    cmd->add_option("subject", options.subject, "Subject name")->required()->type_name("SUBJECT");
    cmd->add_option("--version", options.version, "Only this version (N or latest)")
        ->type_name("VERSION");
    cmd->add_flag("--permanent", options.permanent,
                  "Delete for good (soft-deletes first, as the registry requires)");
    cmd->add_flag("-y,--yes", options.yes, "Do not ask, also on a terminal");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_schema_delete(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
