// kfk version: kfk's and librdkafka's versions, as text or JSON.

#include "kfk/version.hpp"

#include "commands.hpp"
#include "kfk/render/version_render.hpp"
#include "top_level.hpp"

namespace kfk::cli {

void add_version_command(Cli& cli) {
    CLI::App* version_cmd = top_level(cli, "version");
    version_cmd->callback([&cli] {
        cli.run = [&cli](Streams& streams) {
            const RenderOptions options =
                render_options(cli.globals, streams, command_output_formats(), "version");
            render(VersionInfo{std::string(version()), librdkafka_version()}, options, streams.out);
            return ExitCode::ok;
        };
    });
}

}  // namespace kfk::cli
