// kfk consume TOPIC... [-g GROUP] [-p PARTITION]... [--from SPEC] [--until SPEC] [-n COUNT] [-e]
//                      [--key KEY]... [--key-encoding text|base64] [--grep RE] [--key-grep RE]
//                      [--header NAME=RE]... [--tail N]
//                      [--decode PART=FORMAT]... [--avro-unions plain|tagged]
//                      [--on-decode-error fail|skip|raw]
//                      [-f FORMAT | --print-key --print-headers] [-o text|json|jsonl]

#include <chrono>

#include "commands.hpp"
#include "completion/hints.hpp"
#include "kfk/consume/consumer.hpp"
#include "kfk/consume/message_format.hpp"
#include "kfk/consume/message_json.hpp"
#include "kfk/render/consume_render.hpp"
#include "kfk/schema/message_decoder.hpp"
#include "output_check.hpp"
#include "partitioner_option.hpp"
#include "signals.hpp"
#include "top_level.hpp"
#include "unique.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct ConsumeOptions {
    std::vector<std::string> topics;
    std::optional<std::string> group;
    std::vector<std::int32_t> partitions;
    std::optional<std::string> from;
    std::optional<std::string> until;
    std::optional<std::int64_t> count;
    bool exit_at_end = false;
    std::optional<std::string> format;
    bool print_key = false;
    bool print_headers = false;
    std::vector<std::string> decode;       // --decode PART=FORMAT
    std::string avro_unions = "plain";     // --avro-unions
    std::string on_decode_error = "fail";  // --on-decode-error
    std::vector<std::string> keys;
    std::string key_encoding = "text";
    std::optional<std::string> partitioner;
    std::optional<std::string> grep;
    std::optional<std::string> key_grep;
    std::vector<std::string> headers;
    std::optional<std::int64_t> tail;
};

// --key, --grep, --key-grep and --header as one filter; a bad one is a usage error
// before anything connects.
MessageFilter filter_of(const ConsumeOptions& options) {
    FilterSpec spec;
    const KeyEncoding encoding = parse_key_encoding(options.key_encoding);
    for (const std::string& key : options.keys) spec.keys.push_back(decode_key(key, encoding));
    spec.value_pattern = options.grep;
    spec.key_pattern = options.key_grep;
    spec.header_patterns = options.headers;
    return MessageFilter::compile(spec);
}

// -f, or the value with --print-key/--print-headers in front of it.
std::string text_format(const ConsumeOptions& options) {
    if (options.format) return *options.format;
    std::string format;
    if (options.print_key) format += "%k\\t";
    if (options.print_headers) format += "%h\\t";
    return format + "%s\\n";
}

// --decode: the decoder for the message parts named, or null without the flag.
std::shared_ptr<MessageDecoder> message_decoder(const ConsumeOptions& options,
                                                const GlobalOptions& globals, Streams& streams) {
    if (options.decode.empty()) return nullptr;
    DecodeSettings settings;
    for (const std::string& spec : options.decode) {
        const PartFormat pf = parse_part_format(spec, "--decode");
        (pf.part == MessagePart::key ? settings.key : settings.value) = pf.format;
    }
    settings.unions = parse_avro_unions(options.avro_unions);
    settings.on_error = options.on_decode_error == "skip"  ? OnDecodeError::skip
                        : options.on_decode_error == "raw" ? OnDecodeError::raw
                                                           : OnDecodeError::fail;
    return std::make_shared<MessageDecoder>(
        registry_config(globals, streams, "--decode", /*warn=*/false), settings);
}

// One message as a JSON object into `out`; false when --on-decode-error skip drops it.
bool append_json(MessageDecoder* decoder, const MessageView& m, std::string& out) {
    if (decoder == nullptr) {
        append_message_json(m, out);
        return true;
    }
    const std::optional<DecodedMessage> decoded = decoder->decode(m);
    if (!decoded) return false;
    out += MessageDecoder::to_json(m, *decoded)
               .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return true;
}

// -o json: one array for the whole run; jsonl: one object per line; text: the format.
// A message --on-decode-error skip drops is not printed and not counted (false).
MessageFormatter formatter(OutputFormat output, const ConsumeOptions& options, bool& first,
                           std::shared_ptr<MessageDecoder> decoder) {
    if (output == OutputFormat::jsonl) {
        return [decoder](const MessageView& m, std::string& out) {
            if (!append_json(decoder.get(), m, out)) return false;
            out += '\n';
            return true;
        };
    }
    if (output == OutputFormat::json) {
        return [&first, decoder](const MessageView& m, std::string& out) {
            std::string object;
            if (!append_json(decoder.get(), m, object)) return false;
            out += first ? "[\n" : ",\n";
            first = false;
            out += object;
            return true;
        };
    }
    return [format = MessageFormat::compile(text_format(options)), decoder](const MessageView& m,
                                                                            std::string& out) {
        if (!decoder) {
            format.append(m, out);
            return true;
        }
        const std::optional<DecodedMessage> decoded = decoder->decode(m);
        if (!decoded) return false;
        std::string key_text, value_text;
        format.append(MessageDecoder::text_view(m, *decoded, key_text, value_text), out);
        return true;
    };
}

ExitCode run_consume(const ConsumeOptions& options, const GlobalOptions& globals,
                     Streams& streams) {
    const RenderOptions render =
        render_options(globals, streams, consume_output_formats(), "consume");
    if (options.format && render.format != OutputFormat::text) {
        throw_usage("consume", "-f applies to -o text only");
    }
    // --print-key/--print-headers shape the default text line; -f and -o json/jsonl
    // already say what each message shows, so either flag would silently do nothing.
    if (options.print_key || options.print_headers) {
        const std::string flag = options.print_key ? "--print-key" : "--print-headers";
        if (options.format) {
            throw_usage(flag, "has no effect with -f",
                        options.print_key ? "put %k in the format" : "put %h in the format");
        }
        if (render.format != OutputFormat::text) {
            throw_usage(flag, "applies to -o text only",
                        "-o json and jsonl always carry the key and headers");
        }
    }
    ConsumeRequest request;
    request.topics = unique_in_order(options.topics);
    request.partitions = unique_in_order(options.partitions);
    request.group = options.group;
    request.count = options.count;
    request.filter = filter_of(options);
    if (options.partitioner) {
        if (options.keys.empty())
            throw_usage("consume --partitioner", "says where --key's messages are: give --key");
        request.partitioner = partitioner_option_value(*options.partitioner);
    }
    if (globals.verbosity >= 1) request.notes = &streams.err;
    // Without a group there is nothing stored: the default is the end, as kcat's.
    std::string from = options.from.value_or(options.group ? "stored" : "end");
    if (options.tail) {
        if (options.group) throw_usage("consume --tail", "reads without a group: drop -g");
        if (options.count) throw_usage("consume --tail", "-n and --tail both count: give one");
        request.tail = static_cast<std::size_t>(*options.tail);
        // The last N of each partition hold the last N of all; with a filter, the last N
        // matches can lie anywhere: from the beginning (or --from).
        if (!options.from)
            from = request.filter.active() ? "beginning" : "-" + std::to_string(*options.tail);
    }
    // One clock reading for both: "--from @-1h --until @-1h" is one instant.
    const auto now = std::chrono::system_clock::now();
    request.from = parse_start_position(from, now);
    if (request.from.kind == StartPosition::Kind::stored && !options.group) {
        throw_usage("--from stored", "needs a consumer group (-g GROUP)");
    }
    // One stop per partition: --until's, else -e's high watermark at the start. --until
    // never stops past that watermark, so with both -e adds nothing.
    if (options.until) {
        request.stop_at = parse_start_position(*options.until, now, "--until");
        if (request.stop_at->kind == StartPosition::Kind::stored)
            throw_usage("--until stored", "a stop needs a position, not the group's offset");
        // Two offsets, or two times, in the wrong order would read nothing and exit 0.
        const bool comparable = request.stop_at->kind == request.from.kind &&
                                (request.from.kind == StartPosition::Kind::absolute ||
                                 request.from.kind == StartPosition::Kind::timestamp);
        if (comparable && request.stop_at->value < request.from.value)
            throw_usage("--until " + *options.until, "is before --from " + from);
    } else if (options.exit_at_end || options.tail) {
        request.stop_at = StartPosition{StartPosition::Kind::end, 0};
    }
    request.with_headers = render.format != OutputFormat::text || options.print_headers ||
                           (options.format && options.format->find("%h") != std::string::npos);

    bool first = true;
    const MessageFormatter format =
        formatter(render.format, options, first, message_decoder(options, globals, streams));
    StreamSink sink(streams.out, streams.out_reader_gone);
    const ConsumeSummary summary =
        consume(client_config(globals, streams), request, format, sink, interrupt_flag());
    if (render.format == OutputFormat::json && !summary.output_closed) {
        sink.write(first ? "[]\n" : "\n]\n");
        sink.flush();
    }
    // The reader leaving ends the run quietly; a full disk is an error (exit 1).
    if (summary.output_closed) check_output(streams);
    if (!globals.quiet) streams.err << consume_summary_line(summary, options.group) << '\n';
    return summary.interrupted ? ExitCode::interrupted : ExitCode::ok;
}

}  // namespace

void add_consume_command(Cli& cli) {
    auto& options = cli.own<ConsumeOptions>();
    CLI::App* cmd = top_level(cli, "consume");
    cmd->add_option("topics", options.topics, "Topic names")
        ->required()
        ->check(topic_name_validator());
    cmd->add_option("-g,--group", options.group,
                    "Consume as this consumer group (commits after output)")
        ->type_name("GROUP")
        ->check(group_name_validator());
    cmd->add_option("-p,--partition", options.partitions, "Only this partition, repeatable")
        ->type_name("PARTITION")
        ->check(whole_number(0))
        ->allow_extra_args(false);
    cmd->add_option(
           "--from", options.from,
           "Start: beginning|end|stored|N|-N|@TIMESTAMP|@-DURATION (default: end; stored with -g)")
        ->type_name("SPEC")
        ->check(suggest({"beginning", "end", "stored"}));
    cmd->add_option("--until", options.until,
                    "Stop each partition before: end|N|-N|@TIMESTAMP|@-DURATION (as --from)")
        ->type_name("SPEC")
        ->check(suggest({"beginning", "end"}));
    cmd->add_option("-n,--count", options.count,
                    "Stop after COUNT messages in total (with a filter: matches)")
        ->type_name("COUNT")
        ->check(whole_number(1, std::numeric_limits<std::int64_t>::max()));
    cmd->add_flag("-e,--exit", options.exit_at_end,
                  "Exit when every assigned partition reached its end");
    cmd->add_option("--key", options.keys,
                    "Only messages with exactly this key, read from the partition it maps "
                    "to (see --partitioner); repeatable")
        ->type_name("KEY")
        ->allow_extra_args(false);
    add_partitioner_option(cmd, options.partitioner, "--key");
    cmd->add_option("--key-encoding", options.key_encoding,
                    "How --key spells the key: text (default) or base64 (binary keys)")
        ->check(CLI::IsMember({"text", "base64"}))
        ->type_name("ENCODING");
    cmd->add_option("--grep", options.grep, "Only messages whose value matches REGEX (ECMAScript)")
        ->type_name("REGEX");
    cmd->add_option("--key-grep", options.key_grep, "Only messages whose key matches REGEX")
        ->type_name("REGEX");
    cmd->add_option("--header", options.headers,
                    "Only messages with a header NAME whose value matches REGEX; repeatable")
        ->type_name("NAME=REGEX")
        ->allow_extra_args(false);
    cmd->add_option("--tail", options.tail,
                    "The last N messages of all partitions, in timestamp order, then exit")
        ->type_name("N")
        ->check(whole_number(1, std::numeric_limits<std::int64_t>::max()));
    cmd->add_option("-f,--format", options.format,
                    "Text format: %t %p %o %k %s %T %h %K %S %%, \\n \\t \\\\ (as kcat)")
        ->type_name("FORMAT");
    cmd->add_flag("--print-key", options.print_key,
                  "Text output: the key and a tab before each value");
    cmd->add_flag("--print-headers", options.print_headers,
                  "Text output: the headers (k=v,...) and a tab first");
    cmd->add_option("--decode", options.decode,
                    "Decode schema-framed PART (key|value) from the registry: "
                    "avro|protobuf|json-schema|auto (repeatable)")
        ->type_name("PART=FORMAT")
        ->allow_extra_args(false);
    cmd->add_option("--avro-unions", options.avro_unions,
                    "Avro unions in JSON: plain (the value, default) or tagged ({\"type\": value})")
        ->check(CLI::IsMember({"plain", "tagged"}))
        ->type_name("STYLE");
    cmd->add_option("--on-decode-error", options.on_decode_error,
                    "A message --decode cannot decode: fail (default, exit 1), skip, or raw")
        ->check(CLI::IsMember({"fail", "skip", "raw"}))
        ->type_name("ACTION");
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) { return run_consume(options, cli.globals, s); };
    });
}

}  // namespace kfk::cli
