// kfk completion bash|zsh|fish: prints the completion script for the shell.

#include "commands.hpp"
#include "completion/scripts.hpp"
#include "top_level.hpp"

namespace kfk::cli {

namespace {

struct CompletionOptions {
    std::string shell;
};

std::vector<std::string> shell_names() {
    std::vector<std::string> names;
    for (const CompletionScript& script : completion_scripts()) names.emplace_back(script.shell);
    return names;
}

}  // namespace

void add_completion_command(Cli& cli) {
    auto& options = cli.own<CompletionOptions>();
    CLI::App* cmd = top_level(cli, "completion");
    cmd->add_option("shell", options.shell, "The shell")
        ->required()
        ->check(CLI::IsMember(shell_names()));
    cmd->footer(
        "Load it for this session:  source <(kfk completion bash)   (zsh: the same; fish: | "
        "source)\n"
        "Installed packages put the scripts where each shell finds them on its own.");
    cmd->callback([&cli, &options] {
        cli.run = [&options](Streams& streams) {
            for (const CompletionScript& script : completion_scripts()) {
                if (script.shell == options.shell) streams.out << script.text;
            }
            return ExitCode::ok;
        };
    });
}

}  // namespace kfk::cli
