// kfk schema show SUBJECT [--version N|latest]: one version of a subject's schema.

#include "commands.hpp"
#include "completion/hints.hpp"
#include "kfk/render/schema_render.hpp"
#include "kfk/schema/registry_via_module.hpp"

namespace kfk::cli {

namespace {

struct SchemaShowOptions {
    std::string subject;
    std::string version = "latest";
};

ExitCode run_schema_show(const SchemaShowOptions& options, const GlobalOptions& globals,
                         Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "schema show");
    RegistryClient registry =
        registry_client(registry_config(globals, streams, "schema show", /*warn=*/true));
    render(registry.subject_version(options.subject, options.version), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_schema_show_command(Cli& cli) {
    auto& options = cli.own<SchemaShowOptions>();
    CLI::App* cmd = schema_noun(cli)->add_subcommand("show", "One version of a subject's schema");
    cmd->add_option("subject", options.subject, "Subject name")->required()->type_name("SUBJECT");
    cmd->add_option("--version", options.version, "N or latest (default)")->type_name("VERSION");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_schema_show(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
