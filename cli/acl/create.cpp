// kfk acl create --allow|--deny --principal User:NAME --operation OP[,OP]
//                (--topic T | --group G | --cluster) [--pattern-type literal|prefixed] [--host H]

#include "acl/acl_flags.hpp"
#include "commands.hpp"
#include "kfk/acl/acl_admin.hpp"
#include "kfk/render/acl_render.hpp"

namespace kfk::cli {

namespace {

ExitCode run_acl_create(const AclFlags& flags, const GlobalOptions& globals, Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "acl create");
    const AclFilter filter = acl_filter(flags, AclPatternType::literal, "acl create");
    const std::vector<AclBinding> bindings =
        bindings_to_create(filter, flags.operations, "acl create");
    Admin admin(client_config(globals, streams));
    AclAdmin(admin).create(bindings);
    render(bindings, render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_acl_create_command(Cli& cli) {
    auto& flags = cli.own<AclFlags>();
    CLI::App* cmd = acl_noun(cli)->add_subcommand(
        "create", "Allow or deny a principal operations on a topic, group or the cluster");
    add_acl_flags(cmd, flags, true);
    cmd->callback([&cli, &flags] {
        cli.run = [&cli, &flags](Streams& s) { return run_acl_create(flags, cli.globals, s); };
    });
}

}  // namespace kfk::cli
