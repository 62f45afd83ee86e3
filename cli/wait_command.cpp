#include "wait_command.hpp"

#include <chrono>

#include "kfk/duration.hpp"
#include "kfk/render/json_out.hpp"

namespace kfk::cli {

bool timeout_given(Cli& cli) { return cli.app.get_option("--timeout")->count() > 0; }

ExitCode run_wait(const std::string& command, const GlobalOptions& globals, bool timeout_set,
                  Streams& streams, const std::function<Readiness(Admin&)>& check) {
    const RenderOptions render =
        render_options(globals, streams, command_output_formats(), command);
    ClientConfig config = client_config(globals, streams);
    if (!timeout_set) config.timeout = default_wait_timeout;
    const auto start = std::chrono::steady_clock::now();
    Admin admin(config);
    const bool show_progress = streams.err_is_tty && !globals.quiet;
    const Readiness result = wait_until(
        admin.deadline(), [&] { return check(admin); },
        [&](const Readiness& now) {
            if (show_progress && !now.ready)
                streams.err << command << ": waiting: " << now.status << '\n';
        });
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    if (render.format == OutputFormat::json) {
        write_json(
            streams.out,
            {{"ready", result.ready}, {"status", result.status}, {"waited_ms", waited.count()}});
    }
    if (!result.ready) {
        streams.out.flush();
        throw Error(ExitCode::timeout, command,
                    "not ready after " + format_duration(config.timeout) + ": " + result.status);
    }
    return ExitCode::ok;
}

}  // namespace kfk::cli
