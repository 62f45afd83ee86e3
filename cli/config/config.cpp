// kfk config list | show [NAME] | use NAME: the contexts of the config file.

#include <fstream>

#include "commands.hpp"
#include "kfk/config/resolve.hpp"
#include "kfk/render/config_render.hpp"

namespace kfk::cli {

namespace {

struct ConfigShowOptions {
    std::optional<std::string> name;
};
struct ConfigUseOptions {
    std::string name;
};

const Context& require_context(const ConfigFile& file, const std::string& name) {
    const Context* context = file.find(name);
    if (context == nullptr) {
        throw Error(ExitCode::not_found, "context " + name, "not defined in " + file.path,
                    "kfk config list shows the contexts");
    }
    return *context;
}

ExitCode run_config_list(const GlobalOptions& globals, Streams& streams) {
    const RenderOptions render_opts = render_options(globals, streams, command_output_formats(), "config list");
    render(load_config_file(config_sources(globals)), render_opts, streams.out);
    return ExitCode::ok;
}

ExitCode run_config_show(const ConfigShowOptions& options, const GlobalOptions& globals, Streams& streams) {
    const RenderOptions render_opts = render_options(globals, streams, command_output_formats(), "config show");
    const ConfigSources sources = config_sources(globals);
    const ConfigFile file = load_config_file(sources);
    const std::optional<std::string> name = options.name ? options.name : sources.context ? sources.context : file.current;
    if (!name) throw Error(ExitCode::not_found, "config show", "no current context in " + file.path, "name one");
    render(require_context(file, *name), render_opts, streams.out);
    return ExitCode::ok;
}

ExitCode run_config_use(const ConfigUseOptions& options, const GlobalOptions& globals, Streams& streams) {
    const ConfigSources sources = config_sources(globals);
    const ConfigFile file = load_config_file(sources);
    require_context(file, options.name);
    const std::string text = read_text_file(file.path).value_or("");
    std::ofstream out(file.path, std::ios::binary | std::ios::trunc);
    out << with_current_context(text, options.name);
    if (!out.flush()) throw Error(ExitCode::kafka_error, "write " + file.path, "write failed");
    if (!globals.quiet) streams.err << "current context: " << options.name << '\n';
    return ExitCode::ok;
}

}  // namespace

void add_config_commands(Cli& cli) {
    CLI::App* group = command_group(cli, "config", "Contexts (named clusters) of the config file");

    CLI::App* list = group->add_subcommand("list", "The contexts and which one is current");
    list->callback([&cli] { cli.run = [&cli](Streams& s) { return run_config_list(cli.globals, s); }; });

    auto& show_options = cli.own<ConfigShowOptions>();
    CLI::App* show = group->add_subcommand("show", "A context's properties (secrets hidden)");
    show->add_option("name", show_options.name, "Context name (default: the current one)");
    show->callback([&cli, &show_options] {
        cli.run = [&cli, &show_options](Streams& s) { return run_config_show(show_options, cli.globals, s); };
    });

    auto& use_options = cli.own<ConfigUseOptions>();
    CLI::App* use = group->add_subcommand("use", "Make a context the current one");
    use->add_option("name", use_options.name, "Context name")->required();
    use->callback([&cli, &use_options] {
        cli.run = [&cli, &use_options](Streams& s) { return run_config_use(use_options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
