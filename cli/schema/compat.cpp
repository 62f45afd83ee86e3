// kfk schema compat SUBJECT FILE [--type T] [--version N|latest]: would the registry
// accept FILE's schema as the subject's next version? Exit 0 yes, 1 no, 3 no subject.

#include "commands.hpp"
#include "kfk/config/resolve.hpp"
#include "kfk/render/schema_render.hpp"
#include "kfk/schema/registry_via_module.hpp"

namespace kfk::cli {

namespace {

struct SchemaCompatOptions {
    std::string subject;
    std::string file;
    std::optional<std::string> type;
    std::string version = "latest";
};

ExitCode run_schema_compat(const SchemaCompatOptions& options, const GlobalOptions& globals,
                           Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "schema compat");
    const std::optional<std::string> text = read_text_file(options.file);
    if (!text) throw_usage("schema compat " + options.file, "no such file");
    const std::string type =
        options.type.value_or(options.file.ends_with(".proto") ? "protobuf" : "avro");
    RegistryClient registry =
        registry_client(registry_config(globals, streams, "schema compat", /*warn=*/true));
    // Some registries answer "compatible" for a subject they do not have: ask first.
    (void)registry.subject_version(options.subject, options.version);
    const bool ok = registry.compatible(options.subject, *text,
                                        parse_schema_type(type == "protobuf" ? "PROTOBUF"
                                                          : type == "json"   ? "JSON"
                                                                             : "AVRO"),
                                        options.version);
    render(SchemaActionResult{options.subject, {{"version", options.version}, {"compatible", ok}}},
           render_opts, streams.out);
    if (ok) return ExitCode::ok;
    throw Error(ExitCode::kafka_error, "schema compat " + options.subject,
                "not compatible with version " + options.version);
}

}  // namespace

void add_schema_compat_command(Cli& cli) {
    auto& options = cli.own<SchemaCompatOptions>();
    CLI::App* cmd = schema_noun(cli)->add_subcommand(
        "compat", "Would FILE's schema be accepted under the subject? (exit 1: no)");
    cmd->add_option("subject", options.subject, "Subject name")->required()->type_name("SUBJECT");
    cmd->add_option("file", options.file, "Schema file")->required()->type_name("FILE");
    cmd->add_option("--type", options.type, "avro, protobuf or json (default: from FILE's name)")
        ->check(CLI::IsMember({"avro", "protobuf", "json"}))
        ->type_name("TYPE");
    cmd->add_option("--version", options.version, "Check against N or latest (default)")
        ->type_name("VERSION");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_schema_compat(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
