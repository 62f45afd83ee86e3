#include "kfk/render/top_render.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>
#include <sstream>

#include "kfk/render/age_text.hpp"
#include "kfk/render/json_out.hpp"
#include "kfk/render/table.hpp"

namespace kfk {

namespace {

using nlohmann::ordered_json;

// One decimal: rates are measured, not counted.
double rounded(double value) { return std::round(value * 10) / 10; }

std::string rate_text(double per_sec) {
    char buf[32];
    if (per_sec >= 1e6)
        std::snprintf(buf, sizeof buf, "%.1fM", per_sec / 1e6);
    else if (per_sec >= 1e4)
        std::snprintf(buf, sizeof buf, "%.1fk", per_sec / 1e3);
    else
        std::snprintf(buf, sizeof buf, "%.1f", per_sec);
    return buf;
}

std::string bytes_text(const std::optional<double>& per_sec) {
    if (!per_sec) return "-";
    char buf[32];
    if (*per_sec >= 1 << 20)
        std::snprintf(buf, sizeof buf, "%.1f MiB", *per_sec / (1 << 20));
    else if (*per_sec >= 1 << 10)
        std::snprintf(buf, sizeof buf, "%.1f KiB", *per_sec / (1 << 10));
    else
        std::snprintf(buf, sizeof buf, "%.0f B", *per_sec);
    return buf;
}

std::string eta_text(const GroupFlow& g) {
    if (g.falling_behind) return "falling behind";
    if (g.eta_sec) return age_text(static_cast<std::int64_t>(*g.eta_sec * 1000));
    return g.lag == 0 ? "caught up" : "-";
}

std::string clock_text(std::int64_t epoch_ms) {
    const std::time_t t = static_cast<std::time_t>(epoch_ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%H:%M:%S", &tm);
    return buf;
}

void add_lines(std::vector<std::string>& lines, const std::string& text) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
}

}  // namespace

void to_json(ordered_json& j, const TopView& view) {
    ordered_json topics = ordered_json::array();
    for (const TopicFlow& t : view.topics) {
        topics.push_back(
            {{"topic", t.topic},
             {"partitions", t.partitions},
             {"messages_per_sec", rounded(t.messages_per_sec)},
             {"bytes_per_sec",
              t.bytes_per_sec ? ordered_json(rounded(*t.bytes_per_sec)) : ordered_json(nullptr)},
             {"skew",
              t.skew ? ordered_json(std::round(*t.skew * 1000) / 1000) : ordered_json(nullptr)}});
    }
    ordered_json groups = ordered_json::array();
    for (const GroupFlow& g : view.groups) {
        groups.push_back(
            {{"group", g.group},
             {"state", g.state},
             {"consume_per_sec", rounded(g.consume_per_sec)},
             {"lag", g.lag},
             {"lag_ms", or_null(g.lag_ms)},
             {"trend", std::string(to_string(g.trend))},
             {"eta_sec", g.eta_sec ? ordered_json(rounded(*g.eta_sec)) : ordered_json(nullptr)},
             {"falling_behind", g.falling_behind}});
    }
    j = ordered_json{{"timestamp", view.epoch_ms},
                     {"interval_sec", std::round(view.interval_sec * 1000) / 1000},
                     {"topics", std::move(topics)},
                     {"groups", std::move(groups)}};
}

void render_jsonl(const TopView& view, std::ostream& out) {
    out << ordered_json(view).dump() << '\n';
}

std::vector<std::string> top_screen(const TopView& view, TopSort sort, int width, int height) {
    std::vector<std::string> lines;
    char header[160];
    std::snprintf(
        header, sizeof header,
        "kfk top - %s  interval %.1fs  %zu topics  %zu groups  sort: %s  (q quit, s sort)",
        clock_text(view.epoch_ms).c_str(), view.interval_sec, view.topics.size(),
        view.groups.size(), std::string(to_string(sort)).c_str());
    lines.push_back(header);
    lines.push_back("");

    const RenderOptions plain;
    Table topics({{"TOPIC"},
                  {"PARTITIONS", Align::right},
                  {"MSG/S IN", Align::right},
                  {"BYTES/S IN", Align::right},
                  {"SKEW", Align::right}});
    for (const TopicFlow& t : view.topics) {
        char skew[16] = "-";
        if (t.skew) std::snprintf(skew, sizeof skew, "%.0f%%", *t.skew * 100);
        topics.add_row({t.topic, std::to_string(t.partitions), rate_text(t.messages_per_sec),
                        bytes_text(t.bytes_per_sec), skew});
    }
    std::ostringstream text;
    topics.print(text, plain);
    add_lines(lines, text.str());

    if (!view.groups.empty()) {
        lines.push_back("");
        Table groups({{"GROUP"},
                      {"STATE"},
                      {"MSG/S OUT", Align::right},
                      {"LAG", Align::right},
                      {"LAG TIME", Align::right},
                      {"TREND"},
                      {"ETA"}});
        for (const GroupFlow& g : view.groups) {
            groups.add_row({g.group, g.state, rate_text(g.consume_per_sec), std::to_string(g.lag),
                            age_text(g.lag_ms), std::string(to_string(g.trend)), eta_text(g)});
        }
        std::ostringstream group_text;
        groups.print(group_text, plain);
        add_lines(lines, group_text.str());
    }

    for (std::string& line : lines) {
        if (static_cast<int>(line.size()) > width)
            line.resize(static_cast<std::size_t>(std::max(0, width)));
    }
    if (height > 0 && static_cast<int>(lines.size()) > height) {
        const std::size_t keep = static_cast<std::size_t>(std::max(1, height - 1));
        const std::size_t dropped = lines.size() - keep;
        lines.resize(keep);
        lines.push_back("... " + std::to_string(dropped) + " more lines (enlarge the window)");
    }
    return lines;
}

}  // namespace kfk
