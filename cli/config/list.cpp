// kfk config list: the contexts of the config file and which one is current.

#include "commands.hpp"
#include "kfk/config/resolve.hpp"
#include "kfk/render/config_render.hpp"

namespace kfk::cli {

namespace {

ExitCode run_config_list(const GlobalOptions& globals, Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "config list");
    render(load_config_file(config_sources(globals)), render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_config_list_command(Cli& cli) {
    CLI::App* list =
        config_noun(cli)->add_subcommand("list", "The contexts and which one is current");
    list->callback(
        [&cli] { cli.run = [&cli](Streams& s) { return run_config_list(cli.globals, s); }; });
}

}  // namespace kfk::cli
