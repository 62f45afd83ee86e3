// kfk schema register SUBJECT FILE [--type avro|protobuf|json]: adds the schema in FILE
// as the subject's next version (the same schema again answers its existing id).

#include "commands.hpp"
#include "kfk/config/resolve.hpp"
#include "kfk/render/schema_render.hpp"
#include "kfk/schema/registry_via_module.hpp"

namespace kfk::cli {

namespace {

struct SchemaRegisterOptions {
    std::string subject;
    std::string file;
    std::optional<std::string> type;
};

// --type, else from the file name: .proto is Protobuf, anything else Avro.
SchemaType schema_type_of(const SchemaRegisterOptions& options) {
    const std::string type =
        options.type.value_or(options.file.ends_with(".proto") ? "protobuf" : "avro");
    if (type == "protobuf") return SchemaType::protobuf;
    if (type == "json") return SchemaType::json;
    return SchemaType::avro;
}

ExitCode run_schema_register(const SchemaRegisterOptions& options, const GlobalOptions& globals,
                             Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "schema register");
    const std::optional<std::string> text = read_text_file(options.file);
    if (!text) throw_usage("schema register " + options.file, "no such file");
    RegistryClient registry =
        registry_client(registry_config(globals, streams, "schema register", /*warn=*/true));
    const std::int32_t id =
        registry.register_schema(options.subject, *text, schema_type_of(options), {});
    render(SchemaActionResult{options.subject, {{"id", id}}}, render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_schema_register_command(Cli& cli) {
    auto& options = cli.own<SchemaRegisterOptions>();
    CLI::App* cmd =
        schema_noun(cli)->add_subcommand("register", "Register FILE's schema under a subject");
    cmd->add_option("subject", options.subject, "Subject name")->required()->type_name("SUBJECT");
    cmd->add_option("file", options.file, "Schema file (.avsc, .proto, .json)")
        ->required()
        ->type_name("FILE");
    cmd->add_option("--type", options.type, "avro, protobuf or json (default: from FILE's name)")
        ->check(CLI::IsMember({"avro", "protobuf", "json"}))
        ->type_name("TYPE");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_schema_register(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
