// kfk topic describe TOPIC... | --pattern REGEX  [--under-replicated] [--unavailable]
//                    [--under-min-isr] [--at-min-isr] [--configs none|changed|all]

#include <charconv>

#include "commands.hpp"
#include "kfk/client/admin.hpp"
#include "kfk/render/topic_render.hpp"
#include "kfk/topic/topic_query.hpp"

namespace kfk::cli {

namespace {

struct TopicDescribeOptions {
    std::vector<std::string> topics;
    std::optional<std::string> pattern;
    HealthFilter filter;
    std::string configs = "changed";
};

ConfigSelection config_selection(const std::string& name) {
    if (name == "none") return ConfigSelection::none;
    if (name == "all") return ConfigSelection::all;
    return ConfigSelection::changed;
}

std::optional<int> min_insync_replicas(const std::vector<ConfigEntry>& entries) {
    for (const ConfigEntry& e : entries) {
        if (e.name == "min.insync.replicas" && e.value) {
            int value = 0;
            const auto [end, ec] =
                std::from_chars(e.value->data(), e.value->data() + e.value->size(), value);
            if (ec == std::errc()) return value;
        }
    }
    return std::nullopt;
}

ExitCode run_topic_describe(const TopicDescribeOptions& options, const GlobalOptions& globals,
                            Streams& streams) {
    const RenderOptions render_opts =
        render_options(globals, streams, command_output_formats(), "topic describe");
    if (options.topics.empty() && !options.pattern) {
        throw_usage("topic describe", "name at least one topic or give --pattern");
    }
    const ConfigSelection selection = config_selection(options.configs);
    Admin admin(client_config(globals, streams));
    const TopicSelection topic_selection{options.topics, options.pattern, false};
    // Configs are asked for only when shown, or when a filter needs min.insync.replicas:
    // --configs none sends no DescribeConfigs (and needs no DESCRIBE_CONFIGS ACL).
    const bool read_configs = selection != ConfigSelection::none || options.filter.under_min_isr ||
                              options.filter.at_min_isr;
    auto [topics, configs] =
        read_configs
            ? describe_topics_with_configs(admin, topic_selection, "describe topic")
            : TopicsWithConfigs{
                  describe_topics(admin, topic_selection, Watermarks::read, "describe topic"), {}};
    std::vector<TopicDescription> shown;
    for (TopicDescription& t : topics) {
        if (auto it = configs.find(t.name); it != configs.end()) {
            t.min_insync_replicas = min_insync_replicas(it->second);
            t.configs = select_configs(it->second, selection);
        }
        TopicDescription filtered = filter_partitions(std::move(t), options.filter);
        if (options.filter.any() && filtered.partitions.empty()) continue;
        shown.push_back(std::move(filtered));
    }
    render(shown, render_opts, streams.out);
    return ExitCode::ok;
}

}  // namespace

void add_topic_describe_command(Cli& cli) {
    auto& options = cli.own<TopicDescribeOptions>();
    CLI::App* cmd = topic_noun(cli)->add_subcommand(
        "describe", "Partitions, leaders, replicas, ISR, watermarks and configs");
    cmd->add_option("topics", options.topics, "Topic names");
    cmd->add_option("--pattern", options.pattern, "Topics whose whole name matches this regex")
        ->type_name("REGEX");
    cmd->add_flag("--under-replicated", options.filter.under_replicated,
                  "Only partitions whose ISR lacks a replica");
    cmd->add_flag("--unavailable", options.filter.unavailable,
                  "Only partitions without a live leader");
    cmd->add_flag("--under-min-isr", options.filter.under_min_isr,
                  "Only partitions with ISR below min.insync.replicas");
    cmd->add_flag("--at-min-isr", options.filter.at_min_isr,
                  "Only partitions with ISR exactly at min.insync.replicas");
    cmd->add_option("--configs", options.configs, "Which configs to show")
        ->check(CLI::IsMember({"none", "changed", "all"}))
        ->capture_default_str();
    cmd->callback([&cli, &options] {
        cli.run = [&cli, &options](Streams& s) {
            return run_topic_describe(options, cli.globals, s);
        };
    });
}

}  // namespace kfk::cli
