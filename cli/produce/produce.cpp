// kfk produce TOPIC [-p PARTITION] [-k KEY | -K DELIM] [-H KEY=VALUE]... [-f FILE]
//                   [-D DELIM] [--input text|json] [--acks all|1|0] [--sync]
//                   [--compression none|gzip|snappy|lz4|zstd] [--rate N]
//                   [--encode value=FORMAT [--schema-id ID | --subject S [--version V]]]
//                   [--encode key=FORMAT] [--avro-unions plain|tagged]
// Exit 0 only when every message has a successful delivery report.

#include <unistd.h>

#include <iostream>
#include <tuple>

#include "commands.hpp"
#include "completion/hints.hpp"
#include "kfk/produce/byte_source.hpp"
#include "kfk/produce/delimiter.hpp"
#include "kfk/produce/produce_report.hpp"
#include "produce/produce_options.hpp"
#include "signals.hpp"
#include "top_level.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

// After this long a terminal gets a live progress line: shorter runs would only flicker.
constexpr std::chrono::seconds progress_after{2};

Acks parse_acks(const std::string& text) {
    if (text == "0") return Acks::none;
    if (text == "1") return Acks::leader;
    return Acks::all;  // "all" or "-1"
}

// stdin as a file descriptor when it is the process's own (so SIGINT can end a read
// that waits for input), the stream itself in tests, or -f FILE.
std::unique_ptr<ByteSource> open_input(const ProduceOptions& options, Streams& streams,
                                       const std::atomic<bool>& stop) {
    if (options.file && *options.file != "-") {
        return std::make_unique<FdByteSource>(open_input_file(*options.file), stop,
                                              /*owns_fd=*/true);
    }
    if (&streams.in == &std::cin) return std::make_unique<FdByteSource>(STDIN_FILENO, stop);
    return std::make_unique<StreamByteSource>(streams.in);
}

ExitCode run_produce(const ProduceOptions& options, const GlobalOptions& globals,
                     Streams& streams) {
    // produce writes no results to stdout (its summary and failures go to stderr):
    // an -o that shaped nothing would let a script wait for JSON that never comes.
    if (!globals.output.empty()) {
        throw_usage("produce", "-o has nothing to format: the summary goes to stderr",
                    "drop -o; -q silences the summary");
    }
    ProducePlan plan = plan_produce(options);
    const ClientConfig config = client_config(globals, streams);
    if (!plan.encode.empty()) {
        plan.request.transform =
            record_encoder(registry_config(globals, streams, "--encode", /*warn=*/false),
                           plan.encode, options.topic);
    }
    const std::atomic<bool>& stop = interrupt_flag();
    const std::string what = "produce to " + options.topic;

    std::unique_ptr<ByteSource> bytes = open_input(options, streams, stop);
    std::unique_ptr<RecordSource> source =
        plan.json_input ? make_json_source(*bytes, plan.json) : make_text_source(*bytes, plan.text);

    ProduceHooks hooks;
    if (globals.verbosity >= 1) hooks.acks = &streams.err;
    bool progress_shown = false;
    if (streams.err_is_tty && !globals.quiet) {
        hooks.progress = [&](const ProduceProgress& p) {
            if (p.elapsed < progress_after) return;
            streams.err << "\r\033[K" << progress_line(p) << std::flush;
            progress_shown = true;
        };
    }
    if (plan.request.acks == Acks::none && !globals.quiet) {
        streams.err << "kfk: --acks 0: fire-and-forget, the broker does not confirm delivery\n";
    }
    if (streams.in_is_tty && !options.file && !globals.quiet) {
        streams.err << "kfk: reading messages from the terminal, one per line; end with Ctrl-D\n";
    }

    const ProduceSummary summary = produce(config, plan.request, *source, stop, hooks);
    if (progress_shown) streams.err << "\r\033[K";
    if (!globals.quiet) streams.err << summary_line(summary, options.topic) << '\n';
    for (const std::string& line : failure_lines(summary))
        streams.err << "kfk: " << what << ": " << line << '\n';
    if (!globals.quiet) {
        for (const std::string& example : summary.invalid_examples) {
            streams.err << "kfk: " << what << ": skipped invalid input " << example << '\n';
        }
    }
    if (summary.input_error) throw *summary.input_error;
    if (summary.interrupted) {
        // Which lines did not go, and why ("not sent: interrupted", or in flight and
        // perhaps delivered): the exit code stays the interrupt's.
        if (summary.failed > 0)
            streams.err << "kfk: " << what << ": " << failure_why(summary) << '\n';
        return ExitCode::interrupted;
    }
    if (summary.failed > 0) throw Error(ExitCode::partial_failure, what, failure_why(summary));
    return ExitCode::ok;
}

// --encode PART=FORMAT (each part once), --schema-id, --subject and --version choosing
// the value's schema; the key's is the latest of TOPIC-key.
std::vector<EncodeSettings> encode_settings(const ProduceOptions& options) {
    const bool value_schema_flags = options.schema_id || options.subject || options.version;
    std::vector<EncodeSettings> out;
    bool value = false;
    for (const std::string& spec : options.encode) {
        const PartFormat pf = parse_part_format(spec, "--encode");
        if (pf.format == SchemaFormat::automatic)
            throw_usage("--encode " + spec, "auto applies to --decode only");
        for (const EncodeSettings& e : out) {
            if (e.part == pf.part) throw_usage("--encode " + spec, "names a part a second time");
        }
        EncodeSettings& e = out.emplace_back();
        e.part = pf.part;
        e.format = pf.format;
        e.unions = parse_avro_unions(options.avro_unions);
        if (pf.part == MessagePart::key) continue;
        value = true;
        e.schema_id = options.schema_id;
        e.subject = options.subject;
        e.version = options.version.value_or("latest");
    }
    if (value_schema_flags && !value)
        throw_usage("produce", "--schema-id, --subject and --version need --encode value=FORMAT");
    if (options.schema_id && options.subject)
        throw_usage("produce", "--schema-id and --subject exclude each other");
    if (options.schema_id && options.version)
        throw_usage("produce", "--version goes with --subject, not --schema-id");
    return out;
}

}  // namespace

ProducePlan plan_produce(const ProduceOptions& options) {
    ProducePlan plan;
    plan.json_input = options.input == "json";
    if (options.key && options.key_delimiter)
        throw_usage("produce", "-k and -K exclude each other");
    if (options.strict && !options.key_delimiter) throw_usage("produce", "--strict needs -K DELIM");
    if (plan.json_input) {
        // Each with what JSON input does instead.
        for (const auto& [set, flag, instead] :
             {std::tuple{options.key.has_value(), "-k", "each object has its own \"key\""},
              std::tuple{options.key_delimiter.has_value(), "-K",
                         "each object has its own \"key\""},
              std::tuple{options.delimiter.has_value(), "-D", "JSON input is one object per line"},
              std::tuple{options.skip_empty, "--skip-empty",
                         "blank lines are skipped in JSON input"},
              std::tuple{options.strict, "--strict", "each object has its own \"key\""}}) {
            if (set)
                throw_usage("produce", std::string(flag) + " applies to --input text only",
                            instead);
        }
        plan.json.skip_invalid = options.skip_invalid;
    } else {
        if (options.skip_invalid)
            throw_usage("produce", "--skip-invalid applies to --input json only");
        plan.text.delimiter = parse_delimiter(options.delimiter.value_or("\\n"), "-D");
        if (options.key_delimiter)
            plan.text.key_delimiter = parse_delimiter(*options.key_delimiter, "-K");
        plan.text.key = options.key;
        plan.text.skip_empty = options.skip_empty;
        plan.text.strict = options.strict;
    }
    plan.encode = encode_settings(options);
    ProduceRequest& r = plan.request;
    r.topic = options.topic;
    r.partition = options.partition;
    if (options.acks) r.acks = parse_acks(*options.acks);
    r.sync = options.sync;
    r.compression = options.compression;
    r.rate = options.rate;
    for (const std::string& h : options.headers) {
        const auto eq = h.find('=');
        r.headers.push_back(Header{h.substr(0, eq), h.substr(eq + 1)});
    }
    return plan;
}

ProduceOptions& add_produce_command(Cli& cli) {
    auto& options = cli.own<ProduceOptions>();
    CLI::App* cmd = top_level(cli, "produce");
    cmd->add_option("topic", options.topic, "Topic name")
        ->required()
        ->check(topic_name_validator());
    cmd->add_option("-p,--partition", options.partition, "Every message to this partition")
        ->type_name("PARTITION")
        ->check(whole_number(0));
    cmd->add_option("-k,--key", options.key, "The same key on every message")->type_name("KEY");
    cmd->add_option("-K,--key-delimiter", options.key_delimiter,
                    "Split each line at the first DELIM into key and value")
        ->type_name("DELIM");
    cmd->add_option("-H,--header", options.headers, "Header on every message (repeatable)")
        ->type_name("KEY=VALUE")
        ->check(key_value_validator())
        ->allow_extra_args(false);
    cmd->add_option("-f,--file", options.file, "Read this file instead of stdin")
        ->type_name("FILE");
    cmd->add_option("-D,--delimiter", options.delimiter,
                    "Message delimiter (default \\n; \\0 \\t \\xHH work)")
        ->type_name("DELIM");
    cmd->add_option("--input", options.input,
                    "text (default) or json: one {key, value, headers, ...} a line")
        ->check(CLI::IsMember({"text", "json"}))
        ->type_name("FORMAT");
    cmd->add_flag("--skip-empty", options.skip_empty,
                  "Skip empty lines instead of sending empty messages");
    cmd->add_flag("--strict", options.strict,
                  "With -K: a line without DELIM is an error, not a null key");
    cmd->add_flag("--skip-invalid", options.skip_invalid,
                  "With --input json: count and skip lines that do not parse");
    cmd->add_flag("--sync", options.sync,
                  "Wait for each message's acknowledgement before reading the next");
    cmd->add_option("--acks", options.acks,
                    "Acknowledgements: all (default), 1 or 0 (fire-and-forget)")
        // No set in the help: the type name already says it ("-1" is a quiet synonym of
        // all); completion still offers every accepted word.
        ->check(CLI::IsMember({"all", "-1", "1", "0"}).description(""))
        ->check(suggest({"all", "-1", "1", "0"}))
        ->type_name("all|1|0");
    cmd->add_option("--compression", options.compression, "none, gzip, snappy, lz4 or zstd")
        ->check(CLI::IsMember({"none", "gzip", "snappy", "lz4", "zstd"}))
        ->type_name("CODEC");
    cmd->add_option("--rate", options.rate, "At most N messages per second")
        ->type_name("N")
        ->check(positive_number());
    cmd->add_option("--encode", options.encode,
                    "Frame each JSON value (value=FORMAT) or key (key=FORMAT: the latest "
                    "schema of TOPIC-key) with a registry schema; FORMAT "
                    "avro|protobuf|json-schema; repeatable")
        ->type_name("PART=FORMAT")
        ->allow_extra_args(false);
    cmd->add_option("--schema-id", options.schema_id, "With --encode: the schema with this id")
        ->type_name("ID")
        ->check(whole_number(1));
    cmd->add_option("--subject", options.subject,
                    "With --encode: the schema of this subject (default TOPIC-value)")
        ->type_name("SUBJECT");
    cmd->add_option("--version", options.version, "With --subject: N or latest (default)")
        ->type_name("VERSION");
    cmd->add_option("--avro-unions", options.avro_unions,
                    "Avro unions in the JSON: plain (default) or tagged ({\"type\": value})")
        ->check(CLI::IsMember({"plain", "tagged"}))
        ->type_name("STYLE");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_produce(options, cli.globals, s); };
    });
    return options;
}

}  // namespace kfk::cli
