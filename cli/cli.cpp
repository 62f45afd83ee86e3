#include "cli.hpp"

#include <algorithm>

#include "completion/complete.hpp"
#include "kfk/version.hpp"
#include "output_check.hpp"
#include "top_level.hpp"
#include "usage_error.hpp"

namespace kfk::cli {

namespace {

std::string version_line() {
    return "kfk " + std::string(version()) + " (librdkafka " + librdkafka_version() + ")";
}

// Every command's --help ends with where the global options (-b, -o, --timeout, ...)
// are described, since CLI11 lists only the command's own.
void point_to_global_options(CLI::App& app) {
    for (CLI::App* sub : app.get_subcommands({})) {
        sub->footer(
            "Global options (-b/--brokers, --context, -X, -F, -o/--output, --timeout,\n"
            "--registry, -q, -v, --no-color, --no-headers) apply too: see 'kfk --help'.");
        point_to_global_options(*sub);
    }
}

}  // namespace

std::unique_ptr<Cli> make_cli(const std::vector<std::string>* words) {
    auto cli = std::make_unique<Cli>();
    CLI::App& app = cli->app;
    // Global options may follow the subcommand: `kfk topic list -o json`.
    app.fallthrough();
    app.require_subcommand(1);
    app.set_version_flag("--version", version_line, "Print kfk's and librdkafka's versions");
    app.footer(
        "Exit codes: 0 ok, 1 Kafka/I/O error, 2 usage, 3 not found, 4 already exists,\n"
        "5 partial failure, 6 timeout/unreachable, 130 interrupted.\n");
    add_global_options(app, cli->globals);
    for (const TopLevel& command : top_levels()) {
        const bool named =
            !words || std::find(words->begin(), words->end(), command.name) != words->end();
        if (named) command.add(*cli);
    }
    point_to_global_options(app);
    return cli;
}

void parse(Cli& cli, std::vector<std::string> args) {
    std::reverse(args.begin(), args.end());  // CLI11 consumes the vector from the back
    cli.app.parse(args);
}

namespace {

int dispatch(std::vector<std::string> args, Streams& streams) {
    // The shells' hidden helper takes raw words (flags, "--", half-typed names) that
    // CLI11 must not parse; it walks the tree itself.
    if (!args.empty() && args.front() == complete_command) {
        return complete(std::span(args).subspan(1), streams);
    }
    // `kfk help topic list` is `kfk topic list --help`, once the words are known.
    const bool help_word = !args.empty() && args.front() == "help";
    // Only the branches the line names. The root's help and usage errors are worded from
    // the whole tree (every command listed, suggestions among all of them): a partial
    // tree that cannot parse the line gives way to the whole one, which parses it again.
    std::unique_ptr<Cli> cli = make_cli(help_word ? nullptr : &args);
    bool partial = !help_word;
    if (help_word) {
        args.erase(args.begin());
        if (auto unknown = unknown_word_line(cli->app, args)) {
            streams.err << *unknown << '\n';
            return to_int(ExitCode::usage);
        }
        args.push_back("--help");
    }
    const auto whole_tree = [&] {
        cli = make_cli();
        partial = false;
    };
    for (;;) {
        try {
            parse(*cli, args);
            break;
        } catch (const CLI::CallForVersion&) {
            streams.out << version_line() << '\n';
            return to_int(ExitCode::ok);
        } catch (const CLI::CallForHelp& help) {
            // A command's own help needs only its branch; the root's lists every command.
            if (partial && cli->app.get_subcommands({}).empty()) {
                whole_tree();
                continue;
            }
            return cli->app.exit(help, streams.out, streams.err);
        } catch (const CLI::CallForAllHelp& help) {
            if (partial) {
                whole_tree();
                continue;
            }
            return cli->app.exit(help, streams.out, streams.err);
        } catch (const CLI::ParseError& error) {
            if (partial) {
                whole_tree();
                continue;
            }
            streams.err << usage_error_line(error, cli->app, args) << '\n';
            return to_int(ExitCode::usage);
        }
    }

    try {
        const ExitCode code = cli->run(streams);
        streams.out.flush();
        return to_int(code);
    } catch (const Error& error) {
        streams.out.flush();
        streams.err << error.line() << '\n';
        return to_int(error.code());
    } catch (const std::exception& error) {
        streams.out.flush();
        streams.err << "kfk: internal error: " << error.what() << '\n';
        return to_int(ExitCode::kafka_error);
    }
}

}  // namespace

int run(std::vector<std::string> args, Streams& streams) {
    const int code = dispatch(std::move(args), streams);
    // A command that failed has said why; one that succeeded has still failed if its
    // output did not get out.
    if (code != to_int(ExitCode::ok)) return code;
    try {
        check_output(streams);
    } catch (const Error& error) {
        streams.err << error.line() << '\n';
        return to_int(error.code());
    }
    return code;
}

}  // namespace kfk::cli
