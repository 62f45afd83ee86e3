#include "cli.hpp"

#include <algorithm>

#include "commands.hpp"
#include "completion/complete.hpp"
#include "kfk/version.hpp"
#include "produce/produce_options.hpp"

namespace kfk::cli {

namespace {

std::string version_line() {
    return "kfk " + std::string(version()) + " (librdkafka " + librdkafka_version() + ")";
}

// "cluster describe": the subcommands the parser reached, for error messages.
std::string command_path(const CLI::App& app) {
    std::string path;
    const CLI::App* current = &app;
    for (;;) {
        const auto parsed = current->get_subcommands();
        if (parsed.empty()) return path;
        current = parsed.front();
        path += (path.empty() ? "" : " ") + current->get_name();
    }
}

// One line: "kfk: cluster describe: <what CLI11 says> (see 'kfk cluster describe --help')".
void report_usage_error(const CLI::ParseError& error, const CLI::App& app, std::ostream& err) {
    const std::string path = command_path(app);
    std::string why = error.what();
    // CLI11 reports a missing subcommand as "A subcommand is required".
    if (why.find("subcommand is required") != std::string::npos) why = "missing command";
    err << "kfk: " << (path.empty() ? "" : path + ": ") << why << " (see 'kfk "
        << (path.empty() ? "" : path + " ") << "--help')\n";
}

}  // namespace

CLI::App* command_group(Cli& cli, const std::string& name, const std::string& description) {
    for (CLI::App* existing : cli.app.get_subcommands({})) {
        if (existing->get_name() == name) return existing;
    }
    CLI::App* group = cli.app.add_subcommand(name, description);
    group->require_subcommand(1);
    return group;
}

std::unique_ptr<Cli> make_cli() {
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
    add_cluster_describe_command(*cli);
    add_topic_list_command(*cli);
    add_topic_create_command(*cli);
    add_topic_describe_command(*cli);
    add_topic_delete_command(*cli);
    add_topic_config_command(*cli);
    add_partitions_list_command(*cli);
    add_partitions_add_command(*cli);
    add_partitions_key_command(*cli);
    add_produce_command(*cli);
    add_consume_command(*cli);
    add_group_list_command(*cli);
    add_group_describe_command(*cli);
    add_group_lag_command(*cli);
    add_group_reset_command(*cli);
    add_group_delete_command(*cli);
    add_config_list_command(*cli);
    add_config_show_command(*cli);
    add_config_use_command(*cli);
    add_schema_list_command(*cli);
    add_schema_show_command(*cli);
    add_schema_register_command(*cli);
    add_schema_compat_command(*cli);
    add_schema_delete_command(*cli);
    add_completion_command(*cli);
    add_version_command(*cli);
    return cli;
}

void parse(Cli& cli, std::vector<std::string> args) {
    std::reverse(args.begin(), args.end());  // CLI11 consumes the vector from the back
    cli.app.parse(args);
}

int run(std::vector<std::string> args, Streams& streams) {
    // The shells' hidden helper takes raw words (flags, "--", half-typed names) that
    // CLI11 must not parse; it walks the tree itself.
    if (!args.empty() && args.front() == complete_command) {
        return complete(std::span(args).subspan(1), streams);
    }
    std::unique_ptr<Cli> cli;
    try {
        cli = make_cli();
        parse(*cli, std::move(args));
    } catch (const CLI::CallForHelp& help) {
        return cli->app.exit(help, streams.out, streams.err);
    } catch (const CLI::CallForAllHelp& help) {
        return cli->app.exit(help, streams.out, streams.err);
    } catch (const CLI::CallForVersion&) {
        streams.out << version_line() << '\n';
        return to_int(ExitCode::ok);
    } catch (const CLI::ParseError& error) {
        report_usage_error(error, cli->app, streams.err);
        return to_int(ExitCode::usage);
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

}  // namespace kfk::cli
