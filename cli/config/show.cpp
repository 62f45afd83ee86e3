// kfk config show [NAME]: a context's properties, secrets hidden.

#include "commands.hpp"
#include "kfk/config/resolve.hpp"
#include "kfk/render/config_render.hpp"

namespace kfk::cli {

namespace {

struct ConfigShowOptions {
    std::optional<std::string> name;
};

ExitCode run_config_show(const ConfigShowOptions& options, const GlobalOptions& globals,
                         Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "config show");
    const ConfigSources sources = config_sources(globals);
    const ConfigFile file = load_config_file(sources);
    const std::optional<std::string> name = options.name      ? options.name
                                            : sources.context ? sources.context
                                                              : file.current;
    if (!name)
        throw Error(ExitCode::not_found, "config show", "no current context in " + file.path,
                    "name one");
    render(file.require(*name), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_config_show_command(Cli& cli) {
    auto& options = cli.own<ConfigShowOptions>();
    CLI::App* show =
        config_noun(cli)->add_subcommand("show", "A context's properties (secrets hidden)");
    show->add_option("name", options.name, "Context name (default: the current one)");
    show->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_config_show(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
