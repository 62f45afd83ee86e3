// kfk top [TOPIC...] [-g GROUP]... [--interval 2s] [--iterations N] [-o table|jsonl]

#include <unistd.h>

#include <array>
#include <thread>

#include "commands.hpp"
#include "kfk/duration.hpp"
#include "kfk/render/top_render.hpp"
#include "kfk/top/top_rates.hpp"
#include "signals.hpp"
#include "terminal.hpp"
#include "top_level.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

constexpr std::array<std::string_view, 2> top_formats{"table", "jsonl"};

struct TopOptions {
    std::vector<std::string> topics;
    std::vector<std::string> groups;
    std::string interval = "2s";
    std::optional<int> iterations;
};

using Clock = std::chrono::steady_clock;

// Samples every `interval` and hands each view to `show`; `wait` sleeps until a time
// point and says whether to go on. Stops after `iterations` views when given.
template <class Wait, class Show>
ExitCode sample_loop(const ClientConfig& config, const TopSelection& selection,
                     std::chrono::milliseconds interval, std::optional<int> iterations, Wait wait,
                     Show show) {
    TopSample previous = take_sample(config, selection, nullptr);
    for (int shown = 0; !iterations || shown < *iterations; ++shown) {
        if (!wait(previous.at + interval)) return ExitCode::ok;
        if (interrupt_flag().load()) return ExitCode::interrupted;
        TopSample current = take_sample(config, selection, &previous);
        show(top_view(previous, current));
        previous = std::move(current);
    }
    return ExitCode::ok;
}

// The live screen: q quits, s changes the sort, resizes redraw at once.
ExitCode run_screen(const ClientConfig& config, const TopSelection& selection,
                    std::chrono::milliseconds interval, std::optional<int> iterations) {
    FullScreen screen(STDIN_FILENO, STDOUT_FILENO);
    TopSort sort = TopSort::name;
    std::optional<TopView> last;
    auto redraw = [&] {
        const auto [width, height] = screen.size();
        if (!last) {
            screen.draw({"kfk top - measuring the first " + format_duration(interval) +
                         " interval...  (q quit)"});
            return;
        }
        TopView view = *last;
        sort_view(view, sort);
        screen.draw(top_screen(view, sort, width, height));
    };
    redraw();
    bool quit = false;
    auto wait = [&](Clock::time_point until) {
        while (!quit && !interrupt_flag().load() && Clock::now() < until) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now());
            const std::optional<char> key = screen.read_key(
                std::clamp(left, std::chrono::milliseconds(1), std::chrono::milliseconds(200)));
            if (key == 'q' || key == 'Q') quit = true;
            if (key == 's' || key == 'S') {
                sort = next_sort(sort);
                redraw();
            }
            if (screen.resized()) redraw();
        }
        return !quit;
    };
    auto show = [&](TopView view) {
        last = std::move(view);
        redraw();
    };
    const ExitCode code = sample_loop(config, selection, interval, iterations, wait, show);
    return interrupt_flag().load() ? ExitCode::interrupted : code;
}

ExitCode run_top(const TopOptions& options, const GlobalOptions& globals, Streams& streams) {
    const RenderOptions render_opts = render_options(globals, streams, top_formats, "top");
    const std::chrono::milliseconds interval = parse_duration(options.interval, "--interval");
    if (interval < std::chrono::milliseconds(100))
        throw_usage("--interval", "must be at least 100ms");
    if (options.iterations && *options.iterations < 1)
        throw_usage("--iterations", "must be 1 or more");
    const ClientConfig config = client_config(globals, streams);
    const TopSelection selection{options.topics, options.groups};
    (void)interrupt_flag();  // Ctrl-C ends the loop cleanly rather than killing kfk

    if (render_opts.format == OutputFormat::table && streams.out_is_tty)
        return run_screen(config, selection, interval, options.iterations);

    auto wait = [](Clock::time_point until) {
        while (!interrupt_flag().load() && Clock::now() < until)
            std::this_thread::sleep_for(
                std::min<Clock::duration>(until - Clock::now(), std::chrono::milliseconds(100)));
        return true;
    };
    auto show = [&](const TopView& view) {
        TopView sorted = view;
        sort_view(sorted, TopSort::name);
        render_jsonl(sorted, streams.out);
        streams.out.flush();
    };
    return sample_loop(config, selection, interval, options.iterations, wait, show);
}

}  // namespace

void add_top_command(Cli& cli) {
    auto& options = cli.own<TopOptions>();
    CLI::App* cmd = top_level(cli, "top");
    cmd->add_option("topics", options.topics, "Only these topics (default: all but internal)")
        ->check(topic_name_validator());
    cmd->add_option("-g,--group", options.groups, "Only this group (repeatable; default: all)")
        ->type_name("GROUP");
    cmd->add_option("--interval", options.interval, "Time between samples")
        ->type_name("DURATION")
        ->check(duration_validator())
        ->capture_default_str();
    cmd->add_option("--iterations", options.iterations, "Stop after N intervals")->type_name("N");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_top(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
