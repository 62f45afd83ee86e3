// kfk acl delete [--topic T | --group G | --cluster] [--principal P] [--pattern-type ...]
//                [--operation OP] [--allow|--deny] [--host H] [--yes]
// Shows what matches and, on a terminal, asks before deleting it.

#include "acl/acl_flags.hpp"
#include "commands.hpp"
#include "confirm.hpp"
#include "kfk/acl/acl_admin.hpp"
#include "kfk/render/acl_render.hpp"

namespace kfk::cli {

namespace {

struct AclDeleteOptions {
    AclFlags flags;
    bool yes = false;
};

bool confirmed(const std::vector<AclBinding>& matches, const RenderOptions& render_opts,
               Streams& streams) {
    RenderOptions table = render_opts;
    table.format = OutputFormat::table;
    render(matches, table, streams.err);
    return ask_yes_no("Delete " + std::to_string(matches.size()) + " ACL" +
                          (matches.size() == 1 ? "" : "s") + "?",
                      streams);
}

ExitCode run_acl_delete(const AclDeleteOptions& options, const GlobalOptions& globals,
                        Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "acl delete");
    const AclFilter filter = acl_filter(options.flags, AclPatternType::any, "acl delete");
    Admin admin(client_config(globals, streams));
    AclAdmin acls(admin);
    // The preview comes from one broker's copy of the ACLs, which may lag a moment behind
    // a create; the delete itself is decided by the controller. So only a terminal that
    // asks gets the preview, and what was deleted is what the delete answered.
    if (streams.in_is_tty && !options.yes) {
        const std::vector<AclBinding> matches = acls.list(filter);
        if (matches.empty()) throw Error(ExitCode::not_found, "delete ACLs", "no ACL matches");
        if (!confirmed(matches, render_opts, streams))
            throw Error(ExitCode::kafka_error, "delete ACLs", "not confirmed; nothing deleted");
    }
    const std::vector<AclBinding> deleted = acls.remove(filter);
    if (deleted.empty()) throw Error(ExitCode::not_found, "delete ACLs", "no ACL matches");
    render(deleted, render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_acl_delete_command(Cli& cli) {
    auto& options = cli.own<AclDeleteOptions>();
    CLI::App* cmd = acl_noun(cli)->add_subcommand(
        "delete", "Delete the ACLs that match; shows them and asks on a terminal");
    add_acl_flags(cmd, options.flags, false);
    cmd->add_flag("-y,--yes", options.yes, "Do not ask, also on a terminal");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_acl_delete(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
