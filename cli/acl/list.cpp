// kfk acl list [--topic T | --group G | --cluster] [--principal P]
//              [--pattern-type literal|prefixed|any|match] [--operation OP] [--allow|--deny]

#include "acl/acl_flags.hpp"
#include "commands.hpp"
#include "kfk/acl/acl_admin.hpp"
#include "kfk/render/acl_render.hpp"

namespace kfk::cli {

namespace {

ExitCode run_acl_list(const AclFlags& flags, const GlobalOptions& globals, Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "acl list");
    const AclFilter filter = acl_filter(flags, AclPatternType::any, "acl list");
    Admin admin(client_config(globals, streams));
    const std::vector<AclBinding> acls = AclAdmin(admin).list(filter);
    render(acls, render_opts, streams.out);
    // librdkafka 2.0.2 drops the error of a refused DescribeAcls and returns no ACLs:
    // an empty answer is all kfk can know, so it does not pass for a fact.
    if (acls.empty()) {
        streams.err << "kfk: acl list: no ACLs returned; a principal without DESCRIBE on the "
                       "cluster gets the same empty answer\n";
    }
    return ExitCode::ok;
}

}  // namespace

void add_acl_list_command(Cli& cli) {
    auto& flags = cli.own<AclFlags>();
    CLI::App* cmd = acl_noun(cli)->add_subcommand("list", "List ACLs, all or those that match");
    add_acl_flags(cmd, flags, false);
    cmd->callback([&cli, &flags] {
        cli.run = [&cli, &flags](Streams& s) { return run_acl_list(flags, cli.globals, s); };
    });
}

}  // namespace kfk::cli
