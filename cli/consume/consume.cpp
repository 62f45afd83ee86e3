// kfk consume TOPIC... [-g GROUP] [-p PARTITION]... [--from SPEC] [-n COUNT] [-e]
//                      [-f FORMAT | --print-key --print-headers] [-o text|json|jsonl]

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iomanip>
#include <sstream>

#include "commands.hpp"
#include "completion/hints.hpp"
#include "kfk/consume/consumer.hpp"
#include "kfk/consume/message_format.hpp"
#include "kfk/consume/message_json.hpp"
#include "kfk/schema/message_decoder.hpp"
#include "signals.hpp"
#include "validators.hpp"

namespace kfk::cli {

namespace {

struct ConsumeOptions {
    std::vector<std::string> topics;
    std::optional<std::string> group;
    std::vector<std::int32_t> partitions;
    std::optional<std::string> from;
    std::optional<std::int64_t> count;
    bool exit_at_end = false;
    std::optional<std::string> format;
    bool print_key = false;
    bool print_headers = false;
    std::vector<std::string> decode;       // --decode PART=FORMAT
    std::string avro_unions = "plain";     // --avro-unions
    std::string on_decode_error = "fail";  // --on-decode-error
};

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
    settings.unions = options.avro_unions == "tagged" ? AvroUnions::tagged : AvroUnions::plain;
    settings.on_error = options.on_decode_error == "skip"  ? OnDecodeError::skip
                        : options.on_decode_error == "raw" ? OnDecodeError::raw
                                                           : OnDecodeError::fail;
    auto registry = std::make_shared<RegistryClient>(
        registry_config(globals, streams, "--decode", /*warn=*/false));
    return std::make_shared<MessageDecoder>(std::move(registry), settings);
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
MessageFormatter formatter(OutputFormat output, const ConsumeOptions& options, bool& first,
                           std::shared_ptr<MessageDecoder> decoder) {
    if (output == OutputFormat::jsonl) {
        return [decoder](const MessageView& m, std::string& out) {
            if (append_json(decoder.get(), m, out)) out += '\n';
        };
    }
    if (output == OutputFormat::json) {
        return [&first, decoder](const MessageView& m, std::string& out) {
            std::string object;
            if (!append_json(decoder.get(), m, object)) return;
            out += first ? "[\n" : ",\n";
            first = false;
            out += object;
        };
    }
    return [format = MessageFormat::compile(text_format(options)), decoder](const MessageView& m,
                                                                            std::string& out) {
        if (!decoder) return format.append(m, out);
        const std::optional<DecodedMessage> decoded = decoder->decode(m);
        if (!decoded) return;
        std::string key_text, value_text;
        format.append(MessageDecoder::text_view(m, *decoded, key_text, value_text), out);
    };
}

std::string human_bytes(std::int64_t bytes) {
    std::ostringstream out;
    if (bytes < 1024) {
        out << bytes << " B";
    } else {
        out << std::fixed << std::setprecision(1)
            << (bytes < (1 << 20) ? bytes / 1024.0 : bytes / 1048576.0)
            << (bytes < (1 << 20) ? " KiB" : " MiB");
    }
    return out.str();
}

ExitCode run_consume(const ConsumeOptions& options, const GlobalOptions& globals,
                     Streams& streams) {
    const RenderOptions render =
        render_options(globals, streams, consume_output_formats(), "consume");
    if (options.format && render.format != OutputFormat::text) {
        throw_usage("consume", "-f applies to -o text only");
    }
    ConsumeRequest request;
    request.topics = options.topics;
    request.partitions = options.partitions;
    request.group = options.group;
    request.count = options.count;
    request.exit_at_end = options.exit_at_end;
    // Without a group there is nothing stored: the default is the end, as kcat's.
    const std::string from = options.from.value_or(options.group ? "stored" : "end");
    request.from = parse_start_position(from, std::chrono::system_clock::now());
    if (request.from.kind == StartPosition::Kind::stored && !options.group) {
        throw_usage("--from stored", "needs a consumer group (-g GROUP)");
    }
    request.with_headers = render.format != OutputFormat::text || options.print_headers ||
                           (options.format && options.format->find("%h") != std::string::npos);

    bool first = true;
    const MessageFormatter format =
        formatter(render.format, options, first, message_decoder(options, globals, streams));
    streams.out.flush();  // anything kfk printed through the stream goes first
    FdSink sink(STDOUT_FILENO);
    const ConsumeSummary summary =
        consume(client_config(globals, streams), request, format, sink, interrupt_flag());
    if (render.format == OutputFormat::json && !summary.output_closed) {
        sink.write(first ? "[]\n" : "\n]\n");
        sink.flush();
    }
    if (!globals.quiet) {
        const double seconds = static_cast<double>(summary.elapsed.count()) / 1000.0;
        streams.err << "consumed " << summary.messages << " message"
                    << (summary.messages == 1 ? "" : "s") << " (" << human_bytes(summary.bytes)
                    << ") in " << std::fixed << std::setprecision(2) << seconds << "s\n";
    }
    return summary.interrupted ? ExitCode::interrupted : ExitCode::ok;
}

}  // namespace

void add_consume_command(Cli& cli) {
    auto& options = cli.own<ConsumeOptions>();
    CLI::App* cmd = cli.app.add_subcommand("consume", "Read messages from topics");
    cmd->add_option("topics", options.topics, "Topic names")
        ->required()
        ->check(topic_name_validator());
    cmd->add_option("-g,--group", options.group,
                    "Consume as this consumer group (commits after output)")
        ->type_name("GROUP");
    cmd->add_option("-p,--partition", options.partitions, "Only this partition, repeatable")
        ->type_name("PARTITION")
        ->check(CLI::NonNegativeNumber)
        ->allow_extra_args(false);
    cmd->add_option(
           "--from", options.from,
           "Start: beginning|end|stored|N|-N|@TIMESTAMP|@-DURATION (default: end; stored with -g)")
        ->type_name("SPEC")
        ->check(suggest({"beginning", "end", "stored"}));
    cmd->add_option("-n,--count", options.count, "Stop after COUNT messages in total")
        ->type_name("COUNT")
        ->check(CLI::PositiveNumber);
    cmd->add_flag("-e,--exit", options.exit_at_end,
                  "Exit when every assigned partition reached its end");
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
