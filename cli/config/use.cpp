// kfk config use NAME: make a context the current one.

#include <fstream>

#include "commands.hpp"
#include "kfk/config/resolve.hpp"

namespace kfk::cli {

namespace {

struct ConfigUseOptions {
    std::string name;
};

ExitCode run_config_use(const ConfigUseOptions& options, const GlobalOptions& globals,
                        Streams& streams) {
    const ConfigSources sources = config_sources(globals);
    const ConfigFile file = load_config_file(sources);
    file.require(options.name);
    const std::string text = read_text_file(file.path).value_or("");
    std::ofstream out(file.path, std::ios::binary | std::ios::trunc);
    out << with_current_context(text, options.name);
    if (!out.flush()) throw Error(ExitCode::kafka_error, "write " + file.path, "write failed");
    if (!globals.quiet) streams.err << "current context: " << options.name << '\n';
    return ExitCode::ok;
}

}  // namespace

void add_config_use_command(Cli& cli) {
    auto& options = cli.own<ConfigUseOptions>();
    CLI::App* use = config_noun(cli)->add_subcommand("use", "Make a context the current one");
    use->add_option("name", options.name, "Context name")->required();
    use->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_config_use(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
