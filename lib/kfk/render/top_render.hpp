#pragma once
// `kfk top` output: one JSON object per interval (jsonl, for scripts and dashboards),
// or the screen a terminal shows (shape: man/kfk-top.1).

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "kfk/top/top_rates.hpp"

namespace kfk {

void to_json(nlohmann::ordered_json& j, const TopView& view);

// One line: the view as compact JSON.
void render_jsonl(const TopView& view, std::ostream& out);

// The screen's lines, each cut to `width` columns; at most `height` lines (the rest
// dropped, with a last line saying how many). `sort` is named in the header.
std::vector<std::string> top_screen(const TopView& view, TopSort sort, int width, int height);

}  // namespace kfk
